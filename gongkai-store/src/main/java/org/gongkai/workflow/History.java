package org.gongkai.workflow;

import java.util.List;
import java.util.Optional;
import org.gongkai.workflow.Workflow.Acknowledgement;
import org.gongkai.workflow.Workflow.EventView;
import org.gongkai.workflow.Workflow.FileContent;
import org.gongkai.workflow.Workflow.FileView;
import org.gongkai.workflow.Workflow.VersionView;

/**
 * A disclosure's history as the facade shows it: its versions, its events, the warnings answered and
 * the files of its published versions. A read model kept beside its view types; who may see which
 * part is {@link Reading}'s decision.
 */
interface History {

    /** Every version, oldest first. */
    List<VersionView> versions(long id);

    /** Every step, in order. */
    List<EventView> events(long id);

    /** The warnings answered for a version, in the order they were answered. */
    List<Acknowledgement> acknowledgements(long id, int version);

    /** The files of a version, by format; none if it was not published. */
    List<FileView> files(long id, int version);

    /** A file of a version, its content checked against its SHA-256. */
    Optional<FileContent> file(long id, int version, String format);
}
