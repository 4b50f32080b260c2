package ticketinsights.notebooks;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Charts for the notebooks, drawn with JFreeChart from rows a query collected, and rendered to
 * SVG (what the notebooks show) or PNG.
 */
public final class Charts {
    public static final int WIDTH = 760;
    public static final int HEIGHT = 340;

    /**
     * One line per value column over the rows' {@code xColumn} (e.g. weeks); a null value leaves
     * a gap. The series are named after the columns.
     */
    public static JFreeChart lines(String title, String yLabel, List<Row> rows, String xColumn, String... valueColumns) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Row row : rows) {
            for (String column : valueColumns) {
                data.addValue(number(row, column), column, String.valueOf(row.<Object>getAs(xColumn)));
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(title, xColumn, yLabel, data);
        rotateCategoryLabels(chart);
        return styled(chart);
    }

    /**
     * One line per value of {@code seriesColumn} (e.g. one per cluster) over {@code xColumn}:
     * long-format rows (x, series, value) as a query returns them.
     */
    public static JFreeChart linesBySeries(String title, String yLabel, List<Row> rows, String xColumn,
                                           String seriesColumn, String valueColumn) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Row row : rows) {
            data.addValue(number(row, valueColumn), String.valueOf(row.<Object>getAs(seriesColumn)),
                    String.valueOf(row.<Object>getAs(xColumn)));
        }
        JFreeChart chart = ChartFactory.createLineChart(title, xColumn, yLabel, data);
        rotateCategoryLabels(chart);
        return styled(chart);
    }

    /** Horizontal bars, one per row, labelled by {@code labelColumn}, in the rows' order. */
    public static JFreeChart bars(String title, String valueLabel, List<Row> rows, String labelColumn, String valueColumn) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Row row : rows) {
            data.addValue(number(row, valueColumn), valueColumn, String.valueOf(row.<Object>getAs(labelColumn)));
        }
        JFreeChart chart = ChartFactory.createBarChart(title, labelColumn, valueLabel, data,
                PlotOrientation.HORIZONTAL, false, true, false);
        return styled(chart);
    }

    /** The chart as a standalone SVG document. */
    public static String svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGDocument();
    }

    /** The chart as PNG bytes. */
    public static byte[] png(JFreeChart chart) {
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Number number(Row row, String column) {
        Object value = row.getAs(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static void rotateCategoryLabels(JFreeChart chart) {
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }

    private static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    private Charts() {
    }
}
