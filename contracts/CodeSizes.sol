// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title CodeSizes: which of many addresses are contracts, in one eth_call.
/// @notice Never deployed. The chain reader sends its creation code with
/// eth_call (no `to`): the constructor returns, as the call's result, the
/// ABI encoding of a uint256[] holding the code size of each address given,
/// at the block the call is made at. It runs no code of those addresses
/// (EXTCODESIZE only), so a hostile address cannot change the answer.
contract CodeSizes {
    constructor(address[] memory accounts) {
        uint256[] memory sizes = new uint256[](accounts.length);
        for (uint256 i = 0; i < accounts.length; i++) {
            sizes[i] = accounts[i].code.length;
        }
        bytes memory out = abi.encode(sizes);
        assembly {
            return(add(out, 32), mload(out))
        }
    }
}
