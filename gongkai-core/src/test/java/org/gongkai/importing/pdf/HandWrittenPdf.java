package org.gongkai.importing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * A PDF written object by object, with a correct cross-reference table: for files no PDF library
 * would write (a page tree that lies about its size, a stream that inflates to hundreds of MB).
 */
final class HandWrittenPdf {

    private final List<byte[]> objects = new ArrayList<>();

    /** Adds object number {@code size() + 1} with the given body (the text between obj and endobj). */
    HandWrittenPdf object(String body) {
        objects.add(body.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    /** Adds a stream object: its dictionary entries (without /Length) and its data, written as they are. */
    HandWrittenPdf stream(String entries, byte[] data) {
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        s.writeBytes(("<< " + entries + " /Length " + data.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
        s.writeBytes(data);
        s.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
        objects.add(s.toByteArray());
        return this;
    }

    /** Writes the file, object 1 being the catalog. */
    Path write(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(objects.get(i));
            out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        int xref = out.size();
        StringBuilder s = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            s.append(String.format("%010d 00000 n \n", offset));
        }
        s.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(s.toString().getBytes(StandardCharsets.ISO_8859_1));
        return Files.write(file, out.toByteArray());
    }

    /** {@code length} bytes of {@code fill}, deflated: a flate bomb when long. */
    static byte[] deflated(long length, byte fill) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, fill);
        byte[] buffer = new byte[1 << 16];
        for (long left = length; left > 0; left -= chunk.length) {
            deflater.setInput(chunk, 0, (int) Math.min(chunk.length, left));
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
