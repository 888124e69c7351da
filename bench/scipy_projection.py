#!/usr/bin/python3
"""The reference of bench-copresence: the same one-mode projection with scipy.sparse.

Reads the (person, meeting) pairs the Java benchmark wrote (little-endian int32 pairs),
then times what the service computes for its first page: the person x meeting incidence
matrix A (duplicate pairs counted once), P = A·Aᵀ without its diagonal, and each
person's degree and weighted degree. Prints one JSON line: seconds, edges, peak RSS.
Debian's python3-scipy (apt-get install python3-scipy), run with /usr/bin/python3.
"""
import json
import sys
import time

import numpy as np
import scipy
import scipy.sparse as sp



def peak_rss_mib():
    """This process's peak resident set (VmHWM; getrusage may report the parent's)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    return -1


pairs = np.fromfile(sys.argv[1], dtype="<i4").reshape(-1, 2)
people = int(sys.argv[2])
meetings = int(sys.argv[3])
start = time.perf_counter()
a = sp.csr_matrix((np.ones(len(pairs), dtype=np.float64), (pairs[:, 0], pairs[:, 1])),
                  shape=(people, meetings))
a.data[:] = 1.0
p = (a @ a.T).tocsr()
p.setdiag(0)
p.eliminate_zeros()
degree = np.diff(p.indptr)
strength = np.asarray(p.sum(axis=1)).ravel()
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "edges": int(p.nnz // 2), "max_degree": int(degree.max(initial=0)),
                  "strength": float(strength.sum() / 2),
                  "max_rss_mib": peak_rss_mib(),
                  "scipy": scipy.__version__}))
