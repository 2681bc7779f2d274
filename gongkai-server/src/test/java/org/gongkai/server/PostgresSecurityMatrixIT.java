package org.gongkai.server;

/** The same matrix on a real PostgreSQL (embedded). */
class PostgresSecurityMatrixIT extends SecurityMatrixIT {
    @Override
    Servers.Server start() {
        return Servers.postgres(Servers.freshPostgres());
    }
}
