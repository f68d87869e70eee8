package dev.pamir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void help_namesTheOptions() {
    assertThat(run("serve", "--help")).isZero();
    assertThat(out.toString()).contains("--db").contains("--port").contains("/api");
  }

  @Test
  void missingDb_isUsageErrorNamingIt() {
    assertThat(run("serve")).isEqualTo(2);
    assertThat(err.toString()).contains("--db");
  }

  @Test
  void badPort_isUsageErrorNamingIt() {
    assertThat(run("serve", "--db", "x.db", "--port", "70000")).isEqualTo(2);
    assertThat(err.toString()).contains("--port");
  }

  @Test
  void unusableDb_isUsageErrorNamingIt() {
    assertThat(run("serve", "--db", "redis://localhost")).isEqualTo(2);
    assertThat(err.toString()).contains("--db").contains("redis://localhost");
  }
}
