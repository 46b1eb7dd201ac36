package io.touchpoint.text.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    @Test
    void keepsOffsetsKindsAndInnerApostrophes() {
        String text = "I DON'T like it :( @united http://t.co/x #fail 1,234.56 😡";
        List<Token> tokens = WordTokenizer.tokenize(text);

        assertThat(tokens).extracting(Token::normalized)
                .containsExactly("i", "don't", "like", "it", ":(", "<user>", "<url>", "fail", "1,234.56", "😡");
        assertThat(tokens).extracting(Token::kind).containsExactly(Token.Kind.WORD, Token.Kind.WORD, Token.Kind.WORD,
                Token.Kind.WORD, Token.Kind.EMOTICON, Token.Kind.MENTION, Token.Kind.URL, Token.Kind.HASHTAG,
                Token.Kind.NUMBER, Token.Kind.EMOJI);
        for (Token token : tokens) {
            String original = text.substring(token.start(), token.end());
            assertThat(original.toLowerCase()).containsAnyOf(token.normalized(), "@", "http", "#");
        }
        assertThat(tokens.get(1).allCaps()).isTrue();
        assertThat(tokens.get(2).allCaps()).isFalse();
    }

    @Test
    void splitsOrdinaryPunctuationIntoSingleCharacters() {
        assertThat(WordTokenizer.tokenize("really?! no...")).extracting(Token::normalized)
                .containsExactly("really", "?", "!", "no", ".", ".", ".");
    }

    @Test
    void handlesEmptyAndWhitespaceText() {
        assertThat(WordTokenizer.tokenize("")).isEmpty();
        assertThat(WordTokenizer.tokenize(" \n\t ")).isEmpty();
    }
}
