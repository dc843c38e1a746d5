package io.github.graphdocs.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code graphdocs completion}: prints the bash and zsh completion script picocli generates from this
 * command tree (commands, options, enum values such as the formats, files for paths).
 */
@Command(name = "completion", description = {"Prints a bash and zsh completion script for graphdocs.",
    "Load it in the current shell with: source <(graphdocs completion)",
    "or keep it: graphdocs completion > /etc/bash_completion.d/graphdocs (zsh: run 'autoload -U +X bashcompinit && "
        + "bashcompinit' first)."})
final class CompletionCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    CommandLine root = spec.root().commandLine();
    spec.commandLine().getOut().print(AutoComplete.bash(root.getCommandName(), root));
    spec.commandLine().getOut().flush();
  }
}
