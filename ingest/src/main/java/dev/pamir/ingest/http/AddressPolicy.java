package dev.pamir.ingest.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * An AddressPolicy says which hosts a fetch may reach. {@link #ANY} lets a user's own command fetch
 * whatever it is given; {@link #PUBLIC_ONLY} is for fetches that someone else asks for (a server's
 * ingest endpoint): it refuses hosts that resolve to loopback, link-local (which holds the cloud
 * metadata address 169.254.169.254), private, carrier-grade NAT, unique-local, multicast or
 * unspecified addresses, and IPv6 addresses that carry such an IPv4 address (mapped, compatible,
 * NAT64, 6to4; Teredo is refused outright), so that a request cannot make the server read its own
 * network.
 *
 * <p>The fetcher asks on every hop, before the first request and after each redirect. A name that
 * resolves to a public address now could resolve elsewhere a moment later (DNS rebinding); the
 * check narrows, not closes, that window.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface AddressPolicy {

  /** Every host. */
  AddressPolicy ANY = host -> Optional.empty();

  /** Hosts whose every address is a public one. */
  AddressPolicy PUBLIC_ONLY = AddressPolicy::publicOnly;

  /**
   * Why {@code host} may not be fetched, or empty when it may.
   *
   * @param host a URL's host: a name or an IP literal (IPv6 in brackets or not)
   */
  Optional<String> refusal(String host);

  private static Optional<String> publicOnly(String host) {
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(bare);
    } catch (UnknownHostException e) {
      return Optional.of("host " + host + " cannot be resolved");
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        return Optional.of(
            "host " + host + " is a loopback, private, link-local or otherwise non-public address");
      }
    }
    return Optional.empty();
  }

  /** Whether {@code address} is one the public internet routes. */
  static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first != 0 // "this network"
          && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
          && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          && !(first == 198 && (second == 18 || second == 19)) // benchmarking
          && first < 240; // reserved and broadcast
    }
    if (address instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) {
        return false; // unique local fc00::/7
      }
      if (first == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
        return false; // Teredo 2001::/32 hides its IPv4 address
      }
      if (first == 0x20 && b[1] == 0x02) {
        return isPublicV4(b, 2); // 6to4 2002:a.b.c.d::/48
      }
      if (zeros(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        return isPublicV4(b, 12); // IPv4-mapped ::ffff:a.b.c.d
      }
      if (zeros(b, 0, 12)) {
        return isPublicV4(b, 12); // IPv4-compatible ::a.b.c.d
      }
      if ((b[0] & 0xff) == 0x00
          && (b[1] & 0xff) == 0x64
          && (b[2] & 0xff) == 0xff
          && (b[3] & 0xff) == 0x9b) {
        return isPublicV4(b, 12); // NAT64 64:ff9b::/96 and 64:ff9b:1::/48
      }
    }
    return true;
  }

  private static boolean zeros(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) return false;
    }
    return true;
  }

  private static boolean isPublicV4(byte[] b, int at) {
    try {
      return isPublic(
          InetAddress.getByAddress(new byte[] {b[at], b[at + 1], b[at + 2], b[at + 3]}));
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
