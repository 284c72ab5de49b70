using NewsSearch.Cli;

return CliApp.Create().Parse(args).Run();
