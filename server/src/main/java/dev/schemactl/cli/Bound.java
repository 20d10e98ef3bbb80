package dev.schemactl.cli;

import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Options of the commands whose picocli model is built in code (the root, status): an option bound to a field through
 * a getter and a setter. Reading {@code @Option} annotations instead makes the JVM generate proxy classes at every start.
 */
final class Bound {
    private Bound() {
    }

    static OptionSpec option(OptionSpec.Builder option, Supplier<Object> get, Consumer<Object> set) {
        return option.getter(new IGetter() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T get() {
                return (T) get.get();
            }
        }).setter(new ISetter() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T set(T value) {
                T old = (T) get.get();
                set.accept(value);
                return old;
            }
        }).build();
    }

    /** What {@code mixinStandardHelpOptions} adds: -h/--help and -V/--version. */
    static void addStandardHelpOptions(picocli.CommandLine.Model.CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
    }
}
