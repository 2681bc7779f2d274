package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.store.Database;
import org.gongkai.store.Digests;
import org.gongkai.store.StoreException;
import org.gongkai.workflow.Workflow.Acknowledgement;
import org.gongkai.workflow.Workflow.EventView;
import org.gongkai.workflow.Workflow.FileContent;
import org.gongkai.workflow.Workflow.FileView;
import org.gongkai.workflow.Workflow.VersionView;

/** A disclosure's history read from its tables on the connection of the work running, one statement a list. */
final class JdbcHistory implements History {

    private final Database database;

    JdbcHistory(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public List<VersionView> versions(long id) {
        return list("SELECT version, status, sha256, change_note, created_at, created_by, updated_at, updated_by,"
                + " errors, warnings, infos FROM disclosure_versions WHERE disclosure_id = ? ORDER BY version", r -> {
                    OffsetDateTime updated = r.getObject(7, OffsetDateTime.class);
                    return new VersionView(r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getObject(5, OffsetDateTime.class).toInstant(), r.getString(6),
                            updated == null ? null : updated.toInstant(), r.getString(8), DisclosureRows.integer(r, 9),
                            DisclosureRows.integer(r, 10), DisclosureRows.integer(r, 11));
                }, id);
    }

    @Override
    public List<EventView> events(long id) {
        return list("SELECT version, action, comment, actor, at FROM workflow_events WHERE disclosure_id = ? ORDER BY id",
                r -> new EventView(r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getObject(5, OffsetDateTime.class).toInstant()), id);
    }

    @Override
    public List<Acknowledgement> acknowledgements(long id, int version) {
        return list("SELECT rule_id, path, reason, acknowledged_by, acknowledged_at FROM acknowledgements"
                + " WHERE disclosure_id = ? AND version = ? ORDER BY id", r -> new Acknowledgement(r.getString(1),
                        r.getString(2), r.getString(3), r.getString(4), r.getObject(5, OffsetDateTime.class).toInstant()),
                id, version);
    }

    @Override
    public List<FileView> files(long id, int version) {
        return list("SELECT version, format, file_name, media_type, size_bytes, sha256 FROM published_files"
                + " WHERE disclosure_id = ? AND version = ? ORDER BY format", JdbcHistory::fileView, id, version);
    }

    @Override
    public Optional<FileContent> file(long id, int version, String format) {
        return Rows.unchecked(() -> Rows.first(database.connection(), "SELECT version, format, file_name, media_type,"
                + " size_bytes, sha256, content_base64 FROM published_files WHERE disclosure_id = ? AND version = ?"
                + " AND format = ?", r -> {
                    FileContent content = new FileContent(fileView(r), Base64.getDecoder().decode(r.getString(7)));
                    if (!Digests.sha256(content.bytes()).equals(content.file().sha256())) {
                        throw new StoreException(id + "/" + version + "/" + format
                                + ": stored file does not match its SHA-256");
                    }
                    return content;
                }, id, version, format));
    }

    private static FileView fileView(ResultSet r) throws SQLException {
        return new FileView(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5), r.getString(6));
    }

    private <T> List<T> list(String sql, Rows.Mapper<T> mapper, Object... parameters) {
        return Rows.unchecked(() -> {
            Connection c = database.connection();
            List<T> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(mapper.map(r));
                    }
                }
            }
            return out;
        });
    }
}
