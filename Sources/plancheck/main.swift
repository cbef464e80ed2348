import Foundation
import PlanCheckCLI

exit(PlanCheck.main(arguments: Array(CommandLine.arguments.dropFirst())))
