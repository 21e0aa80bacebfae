package vn.tonghop.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the command named by the first plain argument ({@code run} when there is none) and makes its
 * result the process's exit code. Off with {@code tonghop.cli.enabled=false} (tests that only want the
 * application's beans).
 */
@Component
@ConditionalOnProperty(name = "tonghop.cli.enabled", havingValue = "true", matchIfMissing = true)
class CommandLine implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(CommandLine.class);

    private final Map<String, Command> commands;
    private int exitCode;

    CommandLine(List<Command> commands) {
        this.commands = commands.stream().collect(Collectors.toMap(Command::name, Function.identity()));
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<String> plain = args.getNonOptionArgs();
        String name = plain.isEmpty() ? "run" : plain.get(0);
        Command command = commands.get(name);
        if (command == null) {
            System.out.println("Không có lệnh «" + name + "».");
            System.out.println();
            System.out.print(Help.text());
            exitCode = 2;
            return;
        }
        log.debug("Command {} {}", name, plain);
        exitCode = command.run(plain.isEmpty() ? List.of() : plain.subList(1, plain.size()));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
