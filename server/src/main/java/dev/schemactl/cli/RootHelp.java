package dev.schemactl.cli;

import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

import java.util.List;
import java.util.Map;

/**
 * The root's usage help, with its command list from the subcommands' names and summaries instead of from built
 * subcommands: a run builds only the subcommands it names, and a stand-in per unnamed subcommand (a CommandLine
 * each, with its converters and its Help) was a tenth of a `--help`. Renders what picocli's own {@link Help#commandList()}
 * renders for the full model (SchemactlCommandTest compares the two).
 */
final class RootHelp extends Help {
    /** One line of the list: a subcommand's names (name first) and its summary (the first line of its description). */
    record Listed(List<String> names, String summary) {
    }

    private final List<Listed> listed;

    RootHelp(CommandSpec spec, ColorScheme colorScheme, List<Listed> listed) {
        super(spec, colorScheme);
        this.listed = List.copyOf(listed);
    }

    @Override
    protected Ansi.Text createDetailedSynopsisCommandText() {
        return ansi().new Text(0).concat(" ").concat(commandSpec().usageMessage().synopsisSubcommandLabel());
    }

    @Override
    public String commandListHeading(Object... params) {
        return listed.isEmpty() ? "" : createHeading(commandSpec().usageMessage().commandListHeading(), params);
    }

    @Override
    public String commandList() {
        return commandList(Map.of());
    }

    @Override
    public String commandList(Map<String, Help> ignored) {
        if (listed.isEmpty()) return "";
        UsageMessageSpec usage = commandSpec().usageMessage();
        int width = usage.width();
        int longest = listed.stream().mapToInt(l -> String.join(", ", l.names()).length()).max().orElse(0);
        int commandLength = Math.min(longest, width / 2);
        TextTable table = TextTable.forColumns(colorScheme(),
                new Column(commandLength + 2, 2, Column.Overflow.SPAN),
                new Column(width - (commandLength + 2), 2, Column.Overflow.WRAP));
        table.setAdjustLineBreaksForWideCJKCharacters(usage.adjustLineBreaksForWideCJKCharacters());
        for (Listed command : listed) {
            Ansi.Text[] lines = colorScheme().text(String.format(command.summary())).splitLines();
            for (int i = 0; i < lines.length; i++) {
                table.addRowValues(i == 0 ? names(command) : ansi().new Text(0), lines[i]);
            }
        }
        return table.toString();
    }

    private Ansi.Text names(Listed command) {
        Ansi.Text result = colorScheme().commandText(command.names().get(0));
        for (String alias : command.names().subList(1, command.names().size())) {
            result = result.concat(", ").concat(colorScheme().commandText(alias));
        }
        return result;
    }
}
