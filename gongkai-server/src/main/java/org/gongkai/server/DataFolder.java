package org.gongkai.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder holds the embedded database and the first passwords: readable by the server's
 * own user only. The folder is made {@code rwx------} and its files {@code rw-------}, whatever
 * the umask, so another account on the machine can neither copy the database nor read a password.
 */
final class DataFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private DataFolder() {
    }

    /** Creates the folder if need be and closes it to other users. */
    static Path prepare(String data) throws IOException {
        Path folder = Path.of(data).toAbsolutePath();
        Files.createDirectories(folder);
        if (posix(folder)) {
            Files.setPosixFilePermissions(folder, FOLDER);
        } else {
            LOG.warn("{} is not on a POSIX file system: restrict who may read it by other means", folder);
        }
        return folder;
    }

    /** Closes every file directly in the folder (the database's, the passwords') to other users. */
    static void restrictFiles(Path folder) throws IOException {
        if (!posix(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setPosixFilePermissions(file, FILE);
            }
        }
    }

    private static boolean posix(Path folder) throws IOException {
        return Files.getFileStore(folder).supportsFileAttributeView("posix");
    }
}
