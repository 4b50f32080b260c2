package ticketinsights.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * The export files behind the {@code --input} paths, through Hadoop's {@link FileSystem} so
 * {@code hdfs://} and {@code s3a://} inputs work like local ones. Directories are walked
 * recursively (hidden files and Spark/Hadoop markers such as {@code _SUCCESS} left out);
 * compressed files ({@code .gz}, {@code .bz2}, …) are opened through Hadoop's codecs.
 */
final class InputFiles {

    private InputFiles() {
    }

    /** Every data file under the given paths, sorted, each listed once. */
    static List<String> list(List<String> inputs, Configuration conf) {
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            try {
                FileSystem fs = path.getFileSystem(conf);
                if (!fs.exists(path)) {
                    throw new IllegalArgumentException("input '" + input + "' does not exist");
                }
                FileStatus status = fs.getFileStatus(path);
                if (status.isFile()) {
                    files.add(status.getPath().toString());
                    continue;
                }
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
                while (it.hasNext()) {
                    Path file = it.next().getPath();
                    if (!hiddenBelow(path, file)) {
                        files.add(file.toString());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list input '" + input + "'", e);
            }
        }
        return files.stream().distinct().sorted().toList();
    }

    private static boolean hiddenBelow(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root) && p.depth() > root.depth(); p = p.getParent()) {
            if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** The file's content, decompressed when its name says it is compressed. */
    static InputStream open(String file, Configuration conf) throws IOException {
        Path path = new Path(file);
        InputStream raw = path.getFileSystem(conf).open(path);
        CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
        return new BufferedInputStream(codec == null ? raw : codec.createInputStream(raw), 1 << 16);
    }

    /** The file name without directories and compression suffix, for messages and id fallbacks. */
    static String baseName(String file) {
        String name = new Path(file).getName();
        return name.replaceFirst("\\.(gz|bz2|deflate|zst|lz4|snappy)$", "");
    }
}
