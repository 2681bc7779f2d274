package org.gongkai.server;

/** The workflow on a real PostgreSQL (embedded), the same migrations. */
class PostgresWorkflowIT extends WorkflowScenario {
    @Override
    Servers.Server start() {
        return Servers.postgres(Servers.freshPostgres());
    }
}
