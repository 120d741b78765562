import ArgumentParser

@main
struct PlanPress: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planpress",
        abstract: "Publicerar regionala planer från Markdown som en tillgänglig webbplats.",
        subcommands: [Build.self, Check.self, Serve.self],
        defaultSubcommand: Build.self)
}

/// Options every command that reads content shares.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "Mappen med planerna.")
    var content = "content"
}
