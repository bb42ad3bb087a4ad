package dev.ascctl.reports;

import dev.ascctl.reports.ReportSummary.Summary;
import dev.ascctl.chart.Charts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** The summary's charts as PNG (JFreeChart, headless): units and proceeds over time, proceeds by territory. */
public final class SummaryCharts {
    private SummaryCharts() {
    }

    /** Title → PNG bytes, in the order shown. */
    public static Map<String, byte[]> draw(Summary s) {
        System.setProperty("java.awt.headless", "true");
        Map<String, byte[]> charts = new LinkedHashMap<>();
        charts.put("Units per day", png(series("Units per day", "units", s.unitsByDay())));
        charts.put("Proceeds per day (" + s.currency() + ")",
                png(series("Proceeds per day (" + s.currency() + ")", s.currency(), s.convertedByDay())));
        DefaultCategoryDataset byTerritory = new DefaultCategoryDataset();
        s.topTerritories().forEach(l -> byTerritory.addValue(l.converted(), s.currency(), l.key()));
        charts.put("Proceeds by territory (" + s.currency() + ")", png(ChartFactory.createBarChart(
                "Proceeds by territory (" + s.currency() + ", top 5)", "territory", s.currency(), byTerritory,
                PlotOrientation.VERTICAL, false, false, false)));
        return charts;
    }

    private static JFreeChart series(String title, String axis, Map<LocalDate, BigDecimal> values) {
        return Charts.perDay(title, axis, values);
    }

    private static byte[] png(JFreeChart chart) {
        return Charts.png(chart);
    }
}
