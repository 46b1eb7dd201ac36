package io.touchpoint.rules.phonetic;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pronunciation dictionary in the CMU / Sphinx format: one pronunciation a line, the word then
 * its phones ({@code debt D EH T}, stress digits allowed: {@code D EH1 T}); further
 * pronunciations of a word as {@code word(2)}, {@code word(3)}. Lines starting with {@code ;;;}
 * or {@code #} are comments, as is anything after a {@code #} on a line. A line that is not a
 * word with ARPAbet phones fails the load with the file and line number.
 *
 * <p>Immutable once loaded; the CMU dictionary (134,000 words) takes about half a second and
 * some 30 MB, so it is loaded once and shared (see {@link PronunciationDictionaries}).
 */
public final class CmuPronunciationDictionary implements PronunciationDictionary {

    private static final Logger LOG = LoggerFactory.getLogger(CmuPronunciationDictionary.class);

    private final String source;
    private final Map<String, List<List<String>>> entries;

    private CmuPronunciationDictionary(String source, Map<String, List<List<String>>> entries) {
        this.source = source;
        this.entries = entries;
    }

    /**
     * Reads a dictionary file.
     *
     * @throws TouchpointException USER_ERROR naming the file (and line) when it cannot be read or a line is malformed
     */
    public static CmuPronunciationDictionary load(Path file) {
        requireNonNull(file, "file is null");
        long started = System.nanoTime();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CmuPronunciationDictionary dictionary = read(reader, file.toString());
            LOG.info("read {} words of pronunciations from {} in {} ms", dictionary.size(), file,
                    (System.nanoTime() - started) / 1_000_000);
            return dictionary;
        } catch (IOException e) {
            throw TouchpointException.userError("cannot read the pronunciation dictionary " + file + ": " + e.getMessage()
                    + "; set rules.pronunciations to a CMU-format dictionary file");
        }
    }

    /** Reads dictionary text, e.g. a few test entries; {@code source} names it in messages. */
    public static CmuPronunciationDictionary parse(String text, String source) {
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
            return read(reader, source);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string failed", e);
        }
    }

    private static CmuPronunciationDictionary read(BufferedReader reader, String source) throws IOException {
        Map<String, List<List<String>>> entries = new HashMap<>(200_000);
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String content = line;
            int comment = content.indexOf('#');
            if (comment >= 0) {
                content = content.substring(0, comment);
            }
            content = content.strip();
            if (content.isEmpty() || content.startsWith(";;;")) {
                continue;
            }
            String[] fields = content.split("\\s+");
            String word = fields[0].toLowerCase(Locale.ROOT);
            int variant = word.indexOf('(');
            if (variant > 0) {
                if (!word.endsWith(")")) {
                    throw malformed(source, lineNumber, "the alternate '" + fields[0] + "' is not written word(2)");
                }
                word = word.substring(0, variant);
            }
            if (fields.length < 2) {
                throw malformed(source, lineNumber, "'" + fields[0] + "' has no phones (expected WORD PH ON ES)");
            }
            List<String> phones = new ArrayList<>(fields.length - 1);
            for (int i = 1; i < fields.length; i++) {
                String phone = Phones.plain(fields[i]);
                if (phone == null) {
                    throw malformed(source, lineNumber, "'" + fields[i] + "' in the pronunciation of '" + fields[0]
                            + "' is not an ARPAbet phone (such as AA, D, EH1, TH)");
                }
                phones.add(phone);
            }
            List<List<String>> known = entries.computeIfAbsent(word, key -> new ArrayList<>(1));
            List<String> pronunciation = List.copyOf(phones);
            if (!known.contains(pronunciation)) {
                known.add(pronunciation);
            }
        }
        entries.replaceAll((word, list) -> List.copyOf(list));
        return new CmuPronunciationDictionary(source, entries);
    }

    private static TouchpointException malformed(String source, int line, String message) {
        return TouchpointException.userError(source + ":" + line + ": " + message);
    }

    @Override
    public List<List<String>> pronunciations(String word) {
        List<List<String>> found = entries.get(word.toLowerCase(Locale.ROOT));
        return found == null ? List.of() : found;
    }

    /** Number of distinct words. */
    public int size() {
        return entries.size();
    }

    @Override
    public String describe() {
        return source;
    }
}
