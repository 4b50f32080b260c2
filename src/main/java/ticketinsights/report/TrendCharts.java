package ticketinsights.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Trend charts of the last weeks as inline SVG: JFreeChart draws, JFreeSVG records the drawing as
 * SVG elements. Deterministic (fixed size, fonts, colours and id prefix), so reruns give the same
 * page.
 */
public final class TrendCharts {
    private static final int WIDTH = 560;
    private static final int HEIGHT = 260;
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd)};

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * A line chart of one or more series over {@code weeks}; nulls are gaps.
     *
     * @param percent values are shares in [0, 1], drawn as percentages
     */
    public static String line(String id, String yLabel, List<String> weeks, Map<String, List<Double>> series, boolean percent) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (int i = 0; i < weeks.size(); i++) {
                Double v = values.get(i);
                data.addValue(v == null ? null : percent ? v * 100 : v, name, shortWeek(weeks.get(i)));
            }
        });
        CategoryAxis x = new CategoryAxis(null);
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        x.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        NumberAxis y = new NumberAxis(percent ? yLabel + " (%)" : yLabel);
        y.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        y.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        y.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        y.setAutoRangeIncludesZero(true);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, series.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        }
        chart.setTitle((TextTitle) null);
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        svg.setDefsKeyPrefix(id + "-");
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        return svg.getSVGElement(id);
    }

    /** "2017-W44" → "W44" (the year is in the chart caption), keeping labels short. */
    private static String shortWeek(String week) {
        return week.substring(week.indexOf('W'));
    }

    private TrendCharts() {
    }
}
