package org.gongkai.cli;

import picocli.CommandLine.Option;

/** {@code --lang zh|en}: the language of a command's messages, Chinese unless asked otherwise. */
final class LanguageOption {

    enum Lang { zh, en }

    @Option(names = "--lang", defaultValue = "zh", description = "language of messages: zh or en (default: ${DEFAULT-VALUE})")
    Lang lang = Lang.zh;

    boolean english() {
        return lang == Lang.en;
    }
}
