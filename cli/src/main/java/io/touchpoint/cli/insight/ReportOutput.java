package io.touchpoint.cli.insight;

import io.touchpoint.core.TouchpointException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a report goes: standard output, or {@code --out FILE}. */
final class ReportOutput {

    private ReportOutput() {
    }

    static void write(PrintWriter out, Path file, String text) {
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
