package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
            try (PreparedStatement s = c.prepareStatement("INSERT INTO published_files (disclosure_id, version,"
                    + " format, file_name, media_type, size_bytes, sha256, content_base64, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setInt(2, version);
                s.setString(3, f.format());
                s.setString(4, f.fileName());
                s.setString(5, f.mediaType());
                s.setLong(6, f.bytes().length);
                s.setString(7, sha);
                s.setString(8, Base64.getEncoder().encodeToString(f.bytes()));
                s.setObject(9, at);
                s.executeUpdate();
            }
        }
        return digests;
    }
}
