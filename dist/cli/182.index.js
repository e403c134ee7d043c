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
 * Asks V8 to favour a small heap over allocation speed. A run spends its time waiting on
 * Sentry's rate limits, not computing; by default V8 lets the heap grow to a few times what is
 * alive, which at 50,000 members meant about 470 MiB for about 70 MiB of live data. V8 reads
 * the flag when it sizes the heap, so setting it once the process runs takes effect from then
 * on. Measured in bench/RESULTS.md (peak RSS) and by the cold start there.
 */
function preferSmallHeap() {
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--optimize-for-size');
}


/***/ })

};
