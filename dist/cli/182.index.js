export const id = 182;
export const ids = [182];
export const modules = {

/***/ 2182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   preferSmallHeap: () => (/* binding */ preferSmallHeap)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Asks V8 for a heap that stays close to the data alive, without the CPU time that keeping it
 * there with `--optimize-for-size` cost. A run spends its time waiting on Sentry's rate limits,
 * and by default V8 lets both generations grow to several times what is alive: at 50,000
 * members, about 470 MiB for about 70 MiB of live data. Two flags keep it small:
 *
 * - the young generation keeps the size it starts with (`--semi-space-growth-factor=1`): the
 *   run's garbage is mostly the JSON of one response at a time, which dies young anyway;
 * - after each full collection, the old generation may grow by 10% of what is alive before the
 *   next one (`--heap-growing-percent=10`).
 *
 * `--optimize-for-size`, used before, also made every full collection compact the whole heap:
 * at 50,000 members, the garbage collector took about 60% of the client's CPU time (bench/RESULTS.md,
 * "Where the CPU time goes"). V8 reads these flags whenever it sizes the heap, so setting them
 * once the process runs takes effect from then on. Measured in bench/RESULTS.md (client CPU,
 * peak RSS, cold start).
 */
function preferSmallHeap() {
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--semi-space-growth-factor=1');
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--heap-growing-percent=10');
}


/***/ })

};
