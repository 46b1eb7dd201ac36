package io.touchpoint.ingest.email;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text from an HTML mail body, keeping line breaks so that quoted-reply and signature
 * lines can still be recognised afterwards. Quoted history that mail clients put in
 * {@code <blockquote>} (and Gmail's {@code gmail_quote}, Outlook's {@code divRplyFwdMsg}) is
 * dropped here, where its structure is still visible.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "ul", "ol", "pre", "hr", "section", "article", "header", "footer");

    private HtmlText() {
    }

    static String toText(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head, blockquote, .gmail_quote, #divRplyFwdMsg, #appendonsend").remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text().replace('\u00A0', ' '));
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    newline(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName()) && !"br".equals(element.normalName())) {
                    newline(text);
                }
            }
        }, document.body());
        return text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void newline(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        } else if (!text.isEmpty()) {
            // a second break in a row marks a paragraph
            if (text.length() < 2 || text.charAt(text.length() - 2) != '\n') {
                text.append('\n');
            }
        }
    }
}
