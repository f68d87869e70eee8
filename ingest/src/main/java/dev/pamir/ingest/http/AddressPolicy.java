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
 * unspecified addresses, so that a request cannot make the server read its own network.
 *
 * <p>The check runs on every hop, before the first request and after each redirect. A name that
 * resolves to a public address now could resolve elsewhere a moment later (DNS rebinding); the
 * check narrows, not closes, that window.
 */
public enum AddressPolicy {
  /** Every host. */
  ANY,
  /** Hosts whose every address is a public one. */
  PUBLIC_ONLY;

  /**
   * Why {@code host} may not be fetched, or empty when it may.
   *
   * @param host a URL's host: a name or an IP literal (IPv6 in brackets or not)
   */
  Optional<String> refusal(String host) {
    if (this == ANY) {
      return Optional.empty();
    }
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
            "host "
                + host
                + " resolves to "
                + address.getHostAddress()
                + ", a loopback, private, link-local or otherwise non-public address");
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
      boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
      for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
      mapped &= (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
      if (mapped) {
        try {
          return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return false;
        }
      }
    }
    return true;
  }
}
