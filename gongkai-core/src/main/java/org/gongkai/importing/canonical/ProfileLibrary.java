package org.gongkai.importing.canonical;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.profile.IndicatorFramework;
import org.gongkai.model.profile.TemplateProfile;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The template profiles and indicator frameworks shipped as data under
 * {@code org/gongkai/profiles/}: a profile names its framework by id.
 */
public final class ProfileLibrary {

    private static final List<String> PROFILES = List.of("hebei-county-2020", "shanghai-2025");
    private static final String FOLDER = "/org/gongkai/profiles/";

    private final Map<String, TemplateProfile> profiles;

    private ProfileLibrary(Map<String, TemplateProfile> profiles) {
        this.profiles = Map.copyOf(profiles);
    }

    /** The profiles shipped with Gongkai. */
    public static ProfileLibrary standard() {
        ObjectMapper yaml = YAMLMapper.builder()
                .addModule(new ModelModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        Map<String, TemplateProfile> loaded = new LinkedHashMap<>();
        for (String id : PROFILES) {
            ObjectNode node = (ObjectNode) tree(yaml, id);
            String frameworkId = node.path("framework").asString();
            IndicatorFramework framework = yaml.treeToValue(tree(yaml, frameworkId), IndicatorFramework.class);
            node.remove("framework");
            TemplateProfile p = yaml.treeToValue(node, TemplateProfile.class);
            loaded.put(id, new TemplateProfile(p.id(), p.name(), p.region(), p.fromYear(), p.toYear(), p.kind(),
                    p.statementUnit(), p.tableUnit(), p.sections(), p.tables(), framework));
        }
        return new ProfileLibrary(loaded);
    }

    private static JsonNode tree(ObjectMapper yaml, String id) {
        try (InputStream in = ProfileLibrary.class.getResourceAsStream(FOLDER + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("profile resource missing: " + id);
            }
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<TemplateProfile> profile(String id) {
        return Optional.ofNullable(profiles.get(id));
    }

    /** The profile with that id, or null: a document may name a profile Gongkai does not know. */
    public TemplateProfile orNull(String id) {
        return profiles.get(id);
    }

    public List<TemplateProfile> all() {
        return List.copyOf(profiles.values());
    }
}
