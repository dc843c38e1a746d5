// A .git folder cannot be committed inside the project's own repository: made here, before the builds.
def git = new File(basedir, '.git')
new File(git, 'refs/heads').mkdirs()
new File(git, 'HEAD').text = 'ref: refs/heads/main\n'
new File(git, 'config').text = '[core]\n\trepositoryformatversion = 0\n'
return true
