package io.touchpoint.cli.speech;

import io.touchpoint.cli.output.TerminalProgressBar;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.speech.SpeechConfig;
import io.touchpoint.speech.models.ModelCatalog;
import io.touchpoint.speech.models.ModelDownloader;
import io.touchpoint.speech.pocketsphinx.PocketSphinxEngine;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"Says which speech model is in use and how to get others.",
            "'touchpoint models download whisper-base.en' fetches a whisper.cpp model from its publisher and checks its sha256."})
public final class ModelsCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", description = "download (omit to list)")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "The model to download, e.g. whisper-base.en.")
    String name;

    @Option(names = "--dir", description = "Where to put downloaded models (default: ~/.touchpoint/models).")
    Path dir;

    @Option(names = "--from", paramLabel = "URL", description = "Download from this mirror instead of the publisher (the published sha256 is still checked).")
    URI mirror;

    @Mixin
    SpeechOptions speech = new SpeechOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (action == null) {
            list(out);
        } else if (action.equals("download")) {
            if (name == null) {
                throw TouchpointException.userError("which model? e.g. 'touchpoint models download whisper-base.en'");
            }
            ModelCatalog.Entry entry = ModelCatalog.byName(name);
            Path folder = dir != null ? dir : SpeechConfig.downloadFolder();
            ModelDownloader downloader = ModelDownloader.standard();
            Path file = mirror == null ? downloader.download(entry, folder, TerminalProgressBar.forTerminal())
                    : downloader.download(entry, mirror, folder, TerminalProgressBar.forTerminal());
            out.printf("%s: %s (sha256 checked)%n", entry.name(), file);
            out.printf("use it with --model %s, or it is picked up automatically from %s%n", file, folder);
        } else {
            throw TouchpointException.userError("unknown action '" + action + "'; use 'touchpoint models' or 'touchpoint models download NAME'");
        }
        out.flush();
        return 0;
    }

    private void list(PrintWriter out) {
        SpeechConfig config = speech.config();
        var resolved = config.resolveModel();
        if (resolved.isPresent()) {
            out.printf("in use: %s model %s (found by %s)%n", resolved.get().engine(), resolved.get().path(),
                    resolved.get().foundBy());
        } else {
            out.println("in use: none found (pass --model DIR or set " + SpeechConfig.ENVIRONMENT_MODEL + ")");
        }
        out.printf("PocketSphinx libraries: %s%n", PocketSphinxEngine.isInstalled() ? "installed"
                : "missing (apt-get install libpocketsphinx3 libsphinxbase3)");
        out.println();
        out.println("engines and models:");
        out.println("  pocketsphinx  CMU Sphinx en-us (Debian package pocketsphinx-en-us, or ../shared/models/cmusphinx-en-us-ptm-5.2);");
        out.println("                runs anywhere on CPU; about 25% WER on read speech (docs/speech.md)");
        for (ModelCatalog.Entry entry : ModelCatalog.ENTRIES) {
            out.printf(Locale.ROOT, "  %-13s %s, %.0f MB: touchpoint models download %s%n", entry.engine(), entry.note(),
                    entry.bytes() / 1e6, entry.name());
        }
        out.println("  vosk          download a model folder from https://alphacephei.com/vosk/models (e.g. vosk-model-small-en-us-0.15)");
        out.println("                and pass --model DIR");
    }
}
