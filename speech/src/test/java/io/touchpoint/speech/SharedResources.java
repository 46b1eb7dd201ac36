package io.touchpoint.speech;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.touchpoint.speech.pocketsphinx.PocketSphinxEngine;
import io.touchpoint.speech.pocketsphinx.PocketSphinxModel;
import io.touchpoint.speech.synthesis.EspeakSynthesizer;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared data, model and Debian packages tests need; a test skips with a message when one is missing. */
public final class SharedResources {

    private SharedResources() {
    }

    public static Path shared() {
        String property = System.getProperty("touchpoint.shared");
        return property != null ? Path.of(property) : Path.of("..", "..", "shared");
    }

    public static Path cmuModel() {
        Path model = shared().resolve("models").resolve(PocketSphinxModel.SHARED_NAME);
        assumeTrue(Files.isDirectory(model), "shared CMU model missing at " + model + ": test skipped");
        assumeTrue(PocketSphinxEngine.isInstalled(),
                "PocketSphinx (Debian libpocketsphinx3, libsphinxbase3) is not installed: test skipped");
        return model;
    }

    public static Path speechManifest() {
        Path manifest = shared().resolve("data").resolve("speech-en").resolve("manifest.tsv");
        assumeTrue(Files.isRegularFile(manifest), "shared speech set missing at " + manifest + ": test skipped");
        return manifest;
    }

    public static EspeakSynthesizer espeak() {
        var espeak = EspeakSynthesizer.installed();
        assumeTrue(espeak.isPresent(), "espeak-ng (Debian package) is not installed: test skipped");
        return espeak.get();
    }
}
