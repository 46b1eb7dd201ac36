package io.touchpoint.rules.engine;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * A number for every term, word beginning and wildcard that a rule set's patterns use, so that
 * what one interaction contains is a bit set and checking a pattern against it is an array
 * lookup per word (see {@link Vocabulary}).
 *
 * <p>Filled while rules are compiled (one thread), then only read, by any number of threads.
 */
public final class TermDictionary {

    /** A word beginning ({@code cancel*}) or a wildcard ({@code c*l}): terms of the index it stands for. */
    record MultiTerm(String text, boolean prefix, BytesRef prefixBytes, CompiledAutomaton automaton) {
    }

    private final Map<BytesRef, Integer> termIds = new HashMap<>();
    private final Map<String, Integer> multiTermIds = new HashMap<>();
    private final List<MultiTerm> multiTerms = new ArrayList<>();
    private boolean frozen;

    /** The id of a term (surface or stem-marked form as indexed), assigned on first use. */
    int termId(String term) {
        requireNonNull(term, "term is null");
        BytesRef bytes = new BytesRef(term);
        Integer id = termIds.get(bytes);
        if (id == null) {
            checkNotFrozen();
            id = termIds.size();
            termIds.put(bytes, id);
        }
        return id;
    }

    /** The id of a word beginning; matches any indexed term that starts with {@code prefix}. */
    int prefixId(String prefix) {
        return multiTermId("prefix:" + prefix, () -> new MultiTerm(prefix, true, new BytesRef(prefix), null));
    }

    /** The id of a wildcard pattern ({@code *} any characters, {@code ?} one), as Lucene's wildcard intervals read it. */
    int wildcardId(String pattern) {
        return multiTermId("wildcard:" + pattern, () -> new MultiTerm(pattern, false, null,
                new CompiledAutomaton(WildcardQuery.toAutomaton(new Term("", new BytesRef(pattern)), 10_000))));
    }

    private int multiTermId(String key, java.util.function.Supplier<MultiTerm> create) {
        Integer id = multiTermIds.get(key);
        if (id == null) {
            checkNotFrozen();
            id = multiTerms.size();
            multiTerms.add(create.get());
            multiTermIds.put(key, id);
        }
        return id;
    }

    private void checkNotFrozen() {
        if (frozen) {
            throw new IllegalStateException("the term dictionary is frozen: rules are compiled");
        }
    }

    void freeze() {
        frozen = true;
    }

    /** The id of a term seen in a transcript, or -1 when no pattern uses it. */
    int lookup(BytesRef term) {
        Integer id = termIds.get(term);
        return id == null ? -1 : id;
    }

    int termCount() {
        return termIds.size();
    }

    int multiTermCount() {
        return multiTerms.size();
    }

    MultiTerm multiTerm(int id) {
        return multiTerms.get(id);
    }
}
