package io.touchpoint.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.touchpoint.server.ApiClient;
import io.touchpoint.server.TestContactCenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real browser: Playwright for Java driving Debian's Chromium (headless) against a
 * real server over an analyzed simulated contact center. Saves screenshots of the main pages to
 * {@code target/screenshots/}. Skips when {@code /usr/bin/chromium} is not installed
 * (scripts/system-packages.sh installs it).
 */
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    @TempDir
    static Path dir;
    static TestContactCenter center;
    static Playwright playwright;
    static Browser browser;

    BrowserContext browserContext;
    final List<String> pageErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "browser tests skipped: no Chromium at " + CHROMIUM + " (scripts/system-packages.sh installs it)");
        center = TestContactCenter.start(dir, 200);
        // The driver comes from the driver-bundle jar; never let Playwright fetch a browser.
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(CHROMIUM_ARGS));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (center != null) {
            center.close();
        }
    }

    @AfterEach
    void closeContext() {
        if (browserContext != null) {
            browserContext.close();
        }
    }

    /** A fresh browser (no cookies) signed in through the login form, on {@code next}. */
    private Page signIn(String username, String next) {
        browserContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        Page page = browserContext.newPage();
        page.setDefaultTimeout(15_000);
        page.onPageError(error -> pageErrors.add(error));
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                pageErrors.add(message.text());
            }
        });
        page.navigate(center.baseUrl() + next);
        assertThat(page.url()).contains("/login?next=");
        page.fill("#username", username);
        page.fill("#password", center.login(username).password());
        page.click("button[type=submit]");
        page.waitForURL(Pattern.compile(".*" + Pattern.quote(next.split("\\?")[0]) + ".*"));
        return page;
    }

    private static void waitForCharts(Page page, int count) {
        page.waitForFunction("n => document.querySelectorAll('[data-chart][data-ready=true] canvas').length >= n", count);
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    void dashboardLoadsWithItsChartsAfterSigningIn() {
        Page page = signIn("analyst", "/overview");
        waitForCharts(page, 4);
        assertThat(page.locator(".tile").count()).isGreaterThanOrEqualTo(4);
        assertThat(page.locator("header nav a.active").textContent()).isEqualTo("Overview");
        assertThat(page.locator("header nav a[data-section=audit]").count()).isZero();
        screenshot(page, "overview");

        page.selectOption("select[name=group]", "queue");
        page.waitForSelector("h2:has-text('by queue')");
        waitForCharts(page, 4);
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void drillDownFromTheTreemapReachesAnInteractionsEvidence() {
        Page page = signIn("analyst", "/taxonomy");
        waitForCharts(page, 1);
        screenshot(page, "taxonomy");

        // A click on a contact reason in the treemap opens the interactions behind it; the biggest
        // reason sits in the top-left corner of a squarified treemap.
        Locator treemap = page.locator("#treemap");
        var box = treemap.boundingBox();
        page.mouse().click(box.x + 40, box.y + 60);
        page.waitForURL(Pattern.compile(".*/interactions\\?category=.*"));
        Locator rows = page.locator("#interaction-table tbody tr");
        assertThat(rows.count()).isPositive();
        screenshot(page, "interactions");

        rows.first().locator("a").first().click();
        page.waitForURL(Pattern.compile(".*/interactions/[^?]+$"));
        page.waitForSelector("ol.transcript li.turn");
        assertThat(page.locator("mark.hl-category").count()).as("the contact reason's words are highlighted").isPositive();
        Locator evidence = page.locator("aside.findings a.evidence-link").first();
        String target = evidence.getAttribute("href");
        evidence.click();
        assertThat(page.url()).endsWith(target);
        page.waitForSelector(target + ".flash", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        waitForCharts(page, 1); // the customer's sentiment over the conversation
        assertThat(page.locator("#desktop").count()).isEqualTo(1);
        screenshot(page, "interaction");
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void liveAlertAppearsOnTheSupervisorsPageWhileAConversationStreams() throws Exception {
        Page page = signIn("supervisor", "/alerts");
        page.waitForSelector("#alert-status[data-state=live]");

        ApiClient agent = center.clientFor("agent");
        String id = "browser-live-" + System.nanoTime();
        assertThat(agent.post("/api/live/conversations", Map.of("conversationId", id, "channel", "voice",
                "direction", "outbound", "queue", "collections")).status()).isEqualTo(201);
        String[][] turns = {
                {"agent", "Hello, this is Sam from Acme recovery about the overdue balance on your account."},
                {"customer", "I filed for bankruptcy last month, my bankruptcy case is open."},
        };
        long ms = 0;
        for (String[] turn : turns) {
            assertThat(agent.post("/api/live/conversations/" + id + "/turns", Map.of("speaker", turn[0], "text", turn[1],
                    "startMs", ms, "endMs", ms + 3_000)).status()).isEqualTo(200);
            ms += 3_500;
        }

        Locator row = page.locator("#alerts tbody tr", new Page.LocatorOptions().setHasText(id));
        row.first().waitFor();
        assertThat(row.first().textContent()).containsIgnoringCase("bankruptcy");
        screenshot(page, "alerts");
        agent.post("/api/live/conversations/" + id + "/end", Map.of());
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void mainPagesRenderForAnAnalyst() {
        Page page = signIn("analyst", "/processes");
        waitForCharts(page, 1);
        assertThat(page.locator("#process-table tbody tr").count()).isPositive();
        screenshot(page, "processes");

        for (String[] visit : new String[][] {{"/opportunities", "opportunities", "1"}, {"/trends", "trends", "6"},
                {"/agents", "agents", "0"}}) {
            page.navigate(center.baseUrl() + visit[0]);
            waitForCharts(page, Integer.parseInt(visit[2]));
            screenshot(page, visit[1]);
        }
        assertThat(page.locator("#agent-table tbody tr").count()).isPositive();
        page.locator("#agent-table tbody tr a").first().click();
        page.waitForSelector("#scorecard");
        screenshot(page, "scorecard");

        page.navigate(center.baseUrl() + "/search");
        page.fill("#q", "bill");
        page.press("#q", "Enter");
        page.waitForSelector("#results ol.hits li");
        screenshot(page, "search");
        page.locator("#results ol.hits li a").first().click();
        page.waitForSelector("ol.transcript");
        Locator journey = page.locator("dl.facts-list a[href^='/customers/']");
        if (journey.count() > 0) {
            journey.first().click();
            page.waitForSelector("ol.journey li");
            waitForCharts(page, 1);
            screenshot(page, "journey");
        }
        assertThat(pageErrors).isEmpty();
    }
}
