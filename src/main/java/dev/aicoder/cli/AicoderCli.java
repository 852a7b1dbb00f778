package dev.aicoder.cli;

import java.io.PrintWriter;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of the jar, run before (and instead of) the server when the first argument names a command:
 * {@code java -jar quarkus-run.jar scan PATH ...}. Add a capability's command to {@code subcommands}.
 * Exit codes: 0 fine, 1 findings at or above {@code --fail-on}, 2 usage error or unusable input, 3 internal error.
 */
@Command(name = "aicoder", mixinStandardHelpOptions = true, version = "AI Coder Assistant 0.1.0",
        description = "AI Coder Assistant: analyse code locally. Without a command, the jar starts the API server.",
        subcommands = { ScanCommand.class, CommandLine.HelpCommand.class })
public final class AicoderCli {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    /** Whether {@code args} ask for a CLI command rather than the server. */
    public static boolean handles(String... args) {
        if (args == null || args.length == 0) {
            return false;
        }
        Set<String> names = new CommandLine(new AicoderCli()).getSubcommands().keySet();
        return names.contains(args[0]) || Set.of("--help", "-h", "--version", "-V").contains(args[0]);
    }

    /** Runs a command and returns its exit code; usage errors print one line to stderr. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new AicoderCli());
        cli.setParameterExceptionHandler((e, a) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("aicoder: " + e.getMessage() + " (see --help)");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof UsageException || e instanceof IllegalArgumentException) {
                err.println("aicoder: " + e.getMessage());
                return USAGE;
            }
            err.println("aicoder: internal error: " + e);
            return INTERNAL;
        });
        return cli.execute(args);
    }

    /** Bad input from the user (missing path, unreadable baseline, refused archive): exit 2 with one line. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
