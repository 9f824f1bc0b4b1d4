import sys
print("partial output is flushed")
sys.exit("fatal: giving up")
