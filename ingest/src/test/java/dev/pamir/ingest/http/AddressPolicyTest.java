package dev.pamir.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamir.ingest.InputRejectedException;
import dev.pamir.pipeline.Limits;
import dev.pamir.testkit.LoopbackHttpServer;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which hosts a fetch on someone else's behalf may reach. */
class AddressPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.8.9.10",
        "localhost",
        "[::1]",
        "::1",
        "0.0.0.0",
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.0.10",
        "169.254.169.254",
        "100.64.0.1",
        "fe80::1",
        "fd12:3456::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "224.0.0.1",
        "::127.0.0.1",
        "::a9fe:a9fe",
        "64:ff9b::a9fe:a9fe",
        "64:ff9b:1::a00:1",
        "2002:7f00:1::1",
        "2001:0:4136:e378::1",
        "255.255.255.255"
      })
  void nonPublicHosts_areRefusedByName(String host) {
    assertThat(AddressPolicy.PUBLIC_ONLY.refusal(host))
        .hasValueSatisfying(reason -> assertThat(reason).contains(host));
    assertThat(AddressPolicy.ANY.refusal(host)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "2001:4860:4860::8888", "[2606:4700::1111]"})
  void publicAddresses_arePassed(String host) {
    assertThat(AddressPolicy.PUBLIC_ONLY.refusal(host)).isEmpty();
  }

  @Test
  void aPublicOnlyFetcher_neverSendsARequestToALoopbackServer() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    try (LoopbackHttpServer server = LoopbackHttpServer.start();
        HttpFetcher fetcher = new HttpFetcher(Limits.DEFAULTS, AddressPolicy.PUBLIC_ONLY)) {
      server.handle(
          "/secret",
          exchange -> {
            requests.incrementAndGet();
            LoopbackHttpServer.respond(exchange, 200, "text/plain", "internal only".getBytes());
          });
      URI uri = server.uri("/secret");
      assertThatThrownBy(() -> fetcher.fetch(uri))
          .isInstanceOf(InputRejectedException.class)
          .hasMessageContaining("127.0.0.1")
          .hasMessageContaining("non-public");
      assertThat(requests).hasValue(0);
      try (HttpFetcher open = new HttpFetcher(Limits.DEFAULTS)) {
        assertThat(open.fetch(uri).body()).isNotEmpty();
      }
      assertThat(requests).hasValue(1);
    }
  }

  @Test
  void aRedirectToARefusedHost_isCheckedAgainAndNeverFollowed() throws Exception {
    AtomicInteger inside = new AtomicInteger();
    try (LoopbackHttpServer outside = LoopbackHttpServer.start();
        LoopbackHttpServer internal = LoopbackHttpServer.start()) {
      internal.handle(
          "/metadata",
          exchange -> {
            inside.incrementAndGet();
            LoopbackHttpServer.respond(exchange, 200, "text/plain", "secret".getBytes());
          });
      // The refused host is "localhost"; the first hop goes to 127.0.0.1, which is allowed.
      String target = "http://localhost:" + internal.uri("/").getPort() + "/metadata";
      outside.redirect("/go", 302, target);
      AddressPolicy noLocalhost =
          host ->
              host.equals("localhost")
                  ? Optional.of("host localhost is refused")
                  : Optional.empty();
      try (HttpFetcher fetcher = new HttpFetcher(Limits.DEFAULTS, noLocalhost)) {
        assertThatThrownBy(() -> fetcher.fetch(outside.uri("/go")))
            .isInstanceOf(InputRejectedException.class)
            .hasMessageContaining("redirect to")
            .hasMessageContaining("localhost is refused");
      }
      assertThat(inside).hasValue(0);
      try (HttpFetcher open = new HttpFetcher(Limits.DEFAULTS)) {
        assertThat(open.fetch(outside.uri("/go")).body()).isNotEmpty();
      }
      assertThat(inside).hasValue(1);
    }
  }
}
