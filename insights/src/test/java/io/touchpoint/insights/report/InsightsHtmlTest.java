package io.touchpoint.insights.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.insights.InsightsConfig;
import io.touchpoint.insights.opportunity.Opportunity;
import io.touchpoint.insights.trend.Anomaly;
import io.touchpoint.insights.trend.DailySeries;
import io.touchpoint.insights.trend.SeriesPoint;
import io.touchpoint.insights.trend.TrendReport;
import io.touchpoint.insights.trend.TrendSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsightsHtmlTest {

    @Test
    void escapesNamesThatComeFromRuleFilesAndCustomerText() {
        Opportunity hostile = new Opportunity(1, Opportunity.TRAINING, "category", "<script>alert(1)</script>",
                "Fix \"it\" & more", 1200, 1200, 0.012, 40, 0.001, "basis <b>", List.of("id<1>"));
        String html = InsightsHtml.opportunities(List.of(hostile), InsightsConfig.defaults());
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Fix &quot;it&quot; &amp; more").contains("id&lt;1&gt;").contains("1,200");
    }

    @Test
    void marksSpikeDaysOnTheChartsAndListsThem() {
        List<SeriesPoint> points = new ArrayList<>();
        LocalDate first = LocalDate.parse("2026-01-05");
        for (int day = 0; day < 28; day++) {
            points.add(new SeriesPoint(first.plusDays(day), day == 16 ? 40 : 10, day == 16 ? 40 : 10));
        }
        DailySeries series = new DailySeries("category", "Network/Outage", null, DailySeries.COUNT, points);
        Anomaly spike = new Anomaly(series.label(), "category", "Network/Outage", null, first.plusDays(16), 40, 10, 1,
                7.5, List.of("call-1", "call-2"));
        String html = InsightsHtml.trends(new TrendReport(TrendSettings.defaults(), List.of(series), List.of(spike), List.of()));
        assertThat(html).contains("<circle").contains("2026-01-21: 40").contains("call-1 call-2")
                .contains("category Network/Outage");
        assertThat(html).contains("Rising repeat contacts").contains("<p>None.</p>");
    }
}
