using System.Runtime.InteropServices;

namespace NewsSearch.Cli.Output;

/// <summary>
/// A write-only stream over a Unix file descriptor that calls write(2). FileStream is not usable
/// for stdout and stderr: on a regular file it writes with pwrite at an offset of its own, so two
/// commands appending to one log (<c>{ a; b; } &gt; log</c>) would overwrite each other, and Console's
/// streams initialise the terminal (see <see cref="StandardStreams"/>).
/// </summary>
internal sealed partial class DescriptorStream : Stream
{
    private const int Interrupted = 4;

    private readonly int _descriptor;

    public DescriptorStream(int descriptor)
    {
        _descriptor = descriptor;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override unsafe void Write(ReadOnlySpan<byte> buffer)
    {
        fixed (byte* start = buffer)
        {
            var written = 0;
            while (written < buffer.Length)
            {
                var result = WriteNative(_descriptor, start + written, buffer.Length - written);
                if (result < 0)
                {
                    var errno = Marshal.GetLastPInvokeError();
                    if (errno == Interrupted)
                    {
                        continue;
                    }

                    // HResult is the errno, as .NET's own Unix streams report it (EPIPE 32: the reader went away).
                    throw new IOException(Marshal.GetPInvokeErrorMessage(errno), errno);
                }

                written += (int)result;
            }
        }
    }

    public override void Flush()
    {
        // Nothing is buffered here; the StreamWriter above buffers.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint WriteNative(int descriptor, byte* buffer, nint count);
}
