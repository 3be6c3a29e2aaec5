# Python 2 reads source as ASCII without an encoding declaration: the accented letters in this
# comment make it a SyntaxError before anything runs: café, naïve. Exit code 1.
print "never printed"
