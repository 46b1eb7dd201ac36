package io.touchpoint.text.language;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language identification with Apache OpenNLP's language detector (103 languages, the
 * {@code langdetect-183.bin} model from {@code opennlp-models-langdetect}, Apache 2.0), reporting
 * ISO 639-1 codes ("en") where one exists and OpenNLP's ISO 639-3 code otherwise.
 *
 * <pre>{@code
 * DetectedLanguage language = LanguageDetector.shared().detect("Mi tarjeta no funciona desde ayer");  // es
 * }</pre>
 *
 * <p>Thread-safe: the model is shared, each thread gets its own OpenNLP detector (which is not).
 */
public final class LanguageDetector {

    /** The detection of one text: an ISO code and OpenNLP's probability for it. */
    public record DetectedLanguage(String code, double confidence) {
        public DetectedLanguage {
            requireNonNull(code, "code is null");
        }
    }

    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Longer texts do not identify better but cost more: OpenNLP reads character n-grams of the whole text. */
    private static final int MAX_CHARS = 1000;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();
    private static volatile LanguageDetector shared;

    private final ThreadLocal<LanguageDetectorME> detectors;

    private LanguageDetector(LanguageDetectorModel model) {
        this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /** The process-wide detector; the 10 MB model loads on first use. */
    public static LanguageDetector shared() {
        LanguageDetector detector = shared;
        if (detector == null) {
            synchronized (LanguageDetector.class) {
                detector = shared;
                if (detector == null) {
                    detector = new LanguageDetector(loadModel());
                    shared = detector;
                }
            }
        }
        return detector;
    }

    private static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new TouchpointException(TouchpointException.Kind.INTERNAL, "language model " + MODEL_RESOURCE
                        + " is not on the classpath (is opennlp-models-langdetect a dependency?)");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new TouchpointException(TouchpointException.Kind.INTERNAL,
                    "could not load language model " + MODEL_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The most probable language of {@code text}. */
    public DetectedLanguage detect(String text) {
        requireNonNull(text, "text is null");
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Language best = detectors.get().predictLanguage(sample);
        return new DetectedLanguage(toIso1(best.getLang()), best.getConfidence());
    }

    /** ISO 639-1 for an ISO 639-3 code where Java knows one ("eng" to "en"), else the code unchanged. */
    static String toIso1(String iso3) {
        return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                map.put(Locale.of(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException e) {
                // Languages without a three-letter code cannot come out of OpenNLP either.
            }
        }
        // OpenNLP names macro-language members and a few languages by codes Java does not map.
        map.put("cmn", "zh");
        map.put("pes", "fa");
        map.put("zlm", "ms");
        map.put("ekk", "et");
        map.put("lvs", "lv");
        map.put("swh", "sw");
        map.put("uzn", "uz");
        map.put("azj", "az");
        map.put("khk", "mn");
        map.put("npi", "ne");
        map.put("ory", "or");
        map.put("gug", "gn");
        map.put("ydd", "yi");
        map.put("plt", "mg");
        map.put("quz", "qu");
        return Map.copyOf(map);
    }
}
