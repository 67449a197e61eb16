package com.sellout.portal.ingest.ftp;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.apache.ftpserver.filesystem.nativefs.NativeFileSystemFactory;
import org.apache.ftpserver.ftplet.FileSystemFactory;
import org.apache.ftpserver.ftplet.FileSystemView;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpFile;
import org.apache.ftpserver.ftplet.User;

/**
 * The accounts' homes on disk, with uploads cut off at the largest file the portal takes:
 * a client that sends more gets its transfer failed (and the partial file is not taken)
 * instead of filling the disk.
 */
final class SizeLimitedFiles implements FileSystemFactory {

	private final NativeFileSystemFactory disk = new NativeFileSystemFactory();

	private final long maxFileSize;

	SizeLimitedFiles(long maxFileSize) {
		this.maxFileSize = maxFileSize;
		disk.setCreateHome(true);
	}

	@Override
	public FileSystemView createFileSystemView(User user) throws FtpException {
		FileSystemView view = disk.createFileSystemView(user);
		return new FileSystemView() {

			@Override
			public FtpFile getHomeDirectory() throws FtpException {
				return view.getHomeDirectory();
			}

			@Override
			public FtpFile getWorkingDirectory() throws FtpException {
				return view.getWorkingDirectory();
			}

			@Override
			public boolean changeWorkingDirectory(String dir) throws FtpException {
				return view.changeWorkingDirectory(dir);
			}

			@Override
			public FtpFile getFile(String file) throws FtpException {
				return new Limited(view.getFile(file));
			}

			@Override
			public boolean isRandomAccessible() throws FtpException {
				return view.isRandomAccessible();
			}

			@Override
			public void dispose() {
				view.dispose();
			}

		};
	}

	/** A file whose output stream refuses to grow past the limit. */
	private final class Limited implements FtpFile {

		private final FtpFile file;

		Limited(FtpFile file) {
			this.file = file;
		}

		@Override
		public OutputStream createOutputStream(long offset) throws IOException {
			return new FilterOutputStream(file.createOutputStream(offset)) {

				private long written = offset;

				@Override
				public void write(int b) throws IOException {
					grow(1);
					out.write(b);
				}

				@Override
				public void write(byte[] bytes, int from, int length) throws IOException {
					grow(length);
					out.write(bytes, from, length);
				}

				private void grow(int length) throws IOException {
					written += length;
					if (written > maxFileSize) {
						throw new IOException("File larger than " + maxFileSize + " bytes");
					}
				}

			};
		}

		@Override
		public InputStream createInputStream(long offset) throws IOException {
			return file.createInputStream(offset);
		}

		@Override
		public String getAbsolutePath() {
			return file.getAbsolutePath();
		}

		@Override
		public String getName() {
			return file.getName();
		}

		@Override
		public boolean isHidden() {
			return file.isHidden();
		}

		@Override
		public boolean isDirectory() {
			return file.isDirectory();
		}

		@Override
		public boolean isFile() {
			return file.isFile();
		}

		@Override
		public boolean doesExist() {
			return file.doesExist();
		}

		@Override
		public boolean isReadable() {
			return file.isReadable();
		}

		@Override
		public boolean isWritable() {
			return file.isWritable();
		}

		@Override
		public boolean isRemovable() {
			return file.isRemovable();
		}

		@Override
		public String getOwnerName() {
			return file.getOwnerName();
		}

		@Override
		public String getGroupName() {
			return file.getGroupName();
		}

		@Override
		public int getLinkCount() {
			return file.getLinkCount();
		}

		@Override
		public long getLastModified() {
			return file.getLastModified();
		}

		@Override
		public boolean setLastModified(long time) {
			return file.setLastModified(time);
		}

		@Override
		public long getSize() {
			return file.getSize();
		}

		@Override
		public Object getPhysicalFile() {
			return file.getPhysicalFile();
		}

		@Override
		public boolean mkdir() {
			return file.mkdir();
		}

		@Override
		public boolean delete() {
			return file.delete();
		}

		@Override
		public boolean move(FtpFile destination) {
			return file.move(destination instanceof Limited limited ? limited.file : destination);
		}

		@Override
		public List<? extends FtpFile> listFiles() {
			return file.listFiles();
		}

	}

}
