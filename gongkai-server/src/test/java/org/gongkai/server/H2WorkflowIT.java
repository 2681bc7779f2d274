package org.gongkai.server;

/** The workflow on the embedded H2 database, as `gongkai serve` runs by default. */
class H2WorkflowIT extends WorkflowScenario {
    @Override
    Servers.Server start() {
        return Servers.h2();
    }
}
