package org.gongkai.importing.pdf;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.Region;
import org.gongkai.model.profile.TemplateProfile;

/** The region a publisher's name places it in. */
final class Regions {

    private static final Pattern PROVINCE = Pattern.compile("^(北京市|天津市|上海市|重庆市|\\p{IsHan}{2,7}?(省|自治区))");
    private static final Pattern DISTRICT = Pattern.compile("^(北京市|天津市|上海市|重庆市)(\\p{IsHan}{1,4}?区)");

    private Regions() {}

    static Optional<Region> locate(String name, TemplateProfile profile) {
        Matcher d = DISTRICT.matcher(name);
        if (d.find()) {
            return Optional.of(new Region(GovernmentLevel.COUNTY, d.group(1), null, d.group(2), null, null));
        }
        Matcher p = PROVINCE.matcher(name);
        if (p.find()) {
            return Optional.of(new Region(GovernmentLevel.PROVINCE, p.group(1), null, null, null, null));
        }
        return Optional.empty();
    }
}
