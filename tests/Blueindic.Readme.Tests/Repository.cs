namespace Blueindic.Readme.Tests;

/// <summary>The repository this test runs from: the folder above the test's binaries that holds Blueindic.sln.</summary>
public static class Repository
{
    public static readonly string Root = FindRoot();

    public static string File(string relative) => Path.Combine(Root, relative);

    /// <summary>Copies a folder of the repository, with what it holds, to the same place under another root.</summary>
    public static void CopyTo(string root, string folder)
    {
        foreach (var source in Directory.EnumerateFiles(File(folder), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(Root, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(source, target, overwrite: true);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Blueindic.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Blueindic.sln above {AppContext.BaseDirectory}");
    }
}
