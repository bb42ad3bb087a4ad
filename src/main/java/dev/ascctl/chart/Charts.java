package dev.ascctl.chart;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.time.TimeTableXYDataset;

/**
 * The charts ascctl draws (JFreeChart, headless, PNG 800 x 400): the sales summary's and the reviews digest's. One
 * place for the size, the day axis and the PNG encoding, so every chart a nightly job posts looks alike.
 */
public final class Charts {
    static final int WIDTH = 800;
    static final int HEIGHT = 400;
    private static final java.util.TimeZone UTC = java.util.TimeZone.getTimeZone("UTC");

    private Charts() {
    }

    /** A line over days, one value a day. */
    public static JFreeChart perDay(String title, String axis, Map<LocalDate, ? extends Number> values) {
        headless();
        TimeSeries series = new TimeSeries(axis);
        values.forEach((d, v) -> series.add(day(d), v));
        return ChartFactory.createTimeSeriesChart(title, "day", axis, new TimeSeriesCollection(series), false, false,
                false);
    }

    /**
     * Bars over days, each day's bar stacked from the series in the order given (the first at the bottom), in the
     * series' colours, with a legend, whole numbers on the axis, and each day's label under its bar; a dashed line
     * marks {@code marker} when it is not null (e.g. where the period compared against ends).
     */
    public static JFreeChart stackedPerDay(String title, String axis, Map<String, Map<LocalDate, Integer>> series,
                                           Map<String, Color> colours, Instant marker, String markerLabel) {
        headless();
        TimeTableXYDataset data = new TimeTableXYDataset();
        // Days in UTC, as App Store Connect dates reviews, whatever the machine's zone.
        series.forEach((name, byDay) -> byDay.forEach((d, v) -> data.add(new Day(java.util.Date.from(
                d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()), UTC, java.util.Locale.ROOT), v, name)));
        JFreeChart chart = ChartFactory.createXYBarChart(title, "day", true, axis, data, PlotOrientation.VERTICAL,
                true, false, false);
        XYPlot plot = chart.getXYPlot();
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.15);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        int i = 0;
        for (String name : series.keySet()) {
            renderer.setSeriesPaint(i++, colours.getOrDefault(name, Color.GRAY));
        }
        plot.setRenderer(renderer);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        DateAxis days = (DateAxis) plot.getDomainAxis();
        days.setTimeZone(UTC);
        days.setTickMarkPosition(DateTickMarkPosition.MIDDLE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (marker != null) {
            ValueMarker line = new ValueMarker(marker.toEpochMilli());
            line.setPaint(Color.DARK_GRAY);
            line.setStroke(new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER,
                    1f, new float[]{6f, 4f}, 0f));
            line.setLabel(markerLabel);
            line.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            line.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            plot.addDomainMarker(line);
        }
        return chart;
    }

    /** The chart as PNG bytes, 800 x 400. */
    public static byte[] png(JFreeChart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Day day(LocalDate d) {
        return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** No display is needed, or wanted, in CI. */
    private static void headless() {
        System.setProperty("java.awt.headless", "true");
    }
}
