package io.touchpoint.cli.insight;

import io.touchpoint.core.TouchpointException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a report goes: standard output, or {@code --out FILE}. A picocli mixin, so every report
 * command has the same option and the same "wrote FILE" message.
 */
public final class ReportOutput {

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path file;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Writes {@code text} to the file, or to the command's standard output when none was given. */
    void write(String text) {
        PrintWriter out = command.commandLine().getOut();
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw TouchpointException.userError("cannot write " + file + ": " + e.getMessage());
        }
        out.println("wrote " + file);
        out.flush();
    }
}
