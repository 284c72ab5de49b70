using System.Runtime.InteropServices;
using System.Text;

namespace NewsSearch.Indexing;

/// <summary>
/// An exclusive flock(2) on the index folder itself, held on an open handle, on Linux and macOS. A
/// lock file can be deleted while a writer holds it, and the next writer then locks a new file of
/// the same name and gets in; a folder cannot be deleted while it holds the index, so its lock
/// keeps a second writer out whatever happens to the files in it. The OS releases it when the
/// process dies. On Windows an open lock file cannot be deleted, so the lock file alone suffices.
/// </summary>
internal sealed class FolderLock : IDisposable
{
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int LockRelease = 8;
    private const int LinuxWouldBlock = 11;
    private const int MacWouldBlock = 35;

    private int _descriptor;

    private static int _resolverRegistered;

    private FolderLock(int descriptor)
    {
        _descriptor = descriptor;
    }

    /// <summary>Locks <paramref name="folder"/>; false when another writer holds it. Null where folders cannot be locked this way.</summary>
    public static bool TryAcquire(string folder, out FolderLock? folderLock)
    {
        folderLock = null;
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return true;
        }

        RegisterResolver();
        int descriptor;
        try
        {
            // O_CLOEXEC: a child process must not inherit the lock and keep it after this writer ends.
            var flags = OperatingSystem.IsLinux() ? 0x80000 : 0x1000000;
            descriptor = Open(Encoding.UTF8.GetBytes(folder + "\0"), flags);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // No C library to call (an unusual platform or trimming): the lock file still guards.
            return true;
        }

        if (descriptor < 0)
        {
            // A folder that cannot be opened cannot be locked; opening the index will say why.
            return true;
        }

        if (Flock(descriptor, LockExclusive | LockNonBlocking) == 0)
        {
            folderLock = new FolderLock(descriptor);
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        _ = Close(descriptor);
        return error is not (LinuxWouldBlock or MacWouldBlock);
    }

    /// <summary>
    /// "libc" is not a file name on Linux (libc.so is a linker script there, when present at all),
    /// and Native AOT resolves imports without the runtime's aliases: name the C library exactly.
    /// </summary>
    private static void RegisterResolver()
    {
        if (Interlocked.Exchange(ref _resolverRegistered, 1) != 0)
        {
            return;
        }

        try
        {
            NativeLibrary.SetDllImportResolver(typeof(FolderLock).Assembly, (name, assembly, searchPath) =>
                name == "libc" && NativeLibrary.TryLoad(OperatingSystem.IsMacOS() ? "libSystem.dylib" : "libc.so.6", out var handle) ? handle : IntPtr.Zero);
        }
        catch (InvalidOperationException)
        {
            // A resolver is set already (a host that resolves for this assembly itself): use it.
        }
    }

    public void Dispose()
    {
        var descriptor = Interlocked.Exchange(ref _descriptor, -1);
        if (descriptor >= 0)
        {
            _ = Flock(descriptor, LockRelease);
            _ = Close(descriptor);
        }
    }

    // Blittable signatures only (a byte array, ints), so nothing needs marshalling code, also under Native AOT.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Flock(int descriptor, int operation);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Close(int descriptor);
}
