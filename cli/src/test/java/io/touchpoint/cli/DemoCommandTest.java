package io.touchpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {

    @Test
    void demoGeneratesIngestsAndSuggestsNextCommands(@TempDir Path work) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = TouchpointCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));

        int exitCode = commandLine.execute("demo", "--no-serve", "--interactions", "300", "--data", work.resolve("data").toString());

        assertThat(exitCode).as(out + "\n" + err).isZero();
        assertThat(out.toString())
                .contains("stored")
                .contains("journey of customer")
                .contains("top contact reasons")
                .contains("processes worth automating").contains("account_open")
                .contains("customers most at risk of churning")
                .contains("./touchpoint search '\"late fee\"' --speaker customer");
        assertThat(Files.exists(work.resolve("data/demo-source/ground-truth.json"))).isTrue();
    }
}
