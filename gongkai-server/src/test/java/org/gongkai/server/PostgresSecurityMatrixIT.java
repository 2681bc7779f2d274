package org.gongkai.server;

/**
 * The same matrix on a real PostgreSQL (embedded), the server connected as a role that owns
 * nothing: every endpoint works with the rights the schema's owner grants it (ADR 0011).
 */
class PostgresSecurityMatrixIT extends SecurityMatrixIT {
    @Override
    Servers.Server start() {
        return Servers.postgresWithOwner(Servers.freshPostgres());
    }
}
