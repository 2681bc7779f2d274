package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.gongkai.lifecycle.Disclosures.PublishedFile;
import org.gongkai.store.Digests;

/** Writes the files of a published version, each with its SHA-256. */
final class FileRows {

    private FileRows() {
    }

    /** Inserts the files; returns their SHA-256 in order. */
    static List<String> insert(Connection c, long id, int version, List<PublishedFile> files, OffsetDateTime at)
            throws SQLException {
        List<String> digests = new ArrayList<>();
        for (PublishedFile f : files) {
            String sha = Digests.sha256(f.bytes());
            digests.add(sha);
            Rows.update(c, "INSERT INTO published_files (disclosure_id, version, format, file_name, media_type,"
                    + " size_bytes, sha256, content_base64, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, version,
                    f.format(), f.fileName(), f.mediaType(), (long) f.bytes().length, sha,
                    Base64.getEncoder().encodeToString(f.bytes()), at);
        }
        return digests;
    }
}
