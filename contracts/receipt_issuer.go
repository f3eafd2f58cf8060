// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ReceiptIssuerMetaData contains all meta data concerning the ReceiptIssuer contract.
var ReceiptIssuerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receipt\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ReceiptCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"newReceipt\",\"outputs\":[{\"internalType\":\"contractReceipt\",\"name\":\"receipt\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ReceiptIssuer",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161193c38038061193c83398101604081905261002e9161028b565b806040518060400160405280600e81526020016d2932b1b2b4b83a1024b9b9bab2b960911b815250604051806040016040528060048152602001635249535360e01b8152508160039081610082919061035b565b50600461008f828261035b565b5050506001600160a01b0381166100c057604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100c9816100dc565b506100d6816103e861012d565b5061043e565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0382166101565760405163ec442f0560e01b81525f60048201526024016100b7565b6101615f8383610165565b5050565b6001600160a01b03831661018f578060025f8282546101849190610419565b909155506101ff9050565b6001600160a01b0383165f90815260208190526040902054818110156101e15760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016100b7565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661021b57600280548290039055610239565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161027e91815260200190565b60405180910390a3505050565b5f6020828403121561029b575f5ffd5b81516001600160a01b03811681146102b1575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806102e057607f821691505b6020821081036102fe57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610356578282111561035657805f5260205f20601f840160051c602085101561032f57505f5b90810190601f840160051c035f5b81811015610352575f8382015560010161033d565b5050505b505050565b81516001600160401b03811115610374576103746102b8565b6103888161038284546102cc565b84610304565b6020601f8211600181146103ba575f83156103a35750848201515b5f19600385901b1c1916600184901b178455610412565b5f84815260208120601f198516915b828110156103e957878501518255602094850194600190920191016103c9565b508482101561040657868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b8082018082111561043857634e487b7160e01b5f52601160045260245ffd5b92915050565b6114f18061044b5f395ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c8063715018a611610088578063a9059cbb11610063578063a9059cbb146101a3578063cf80b0fc146101b6578063dd62ed3e146101be578063f2fde38b146101f6575f5ffd5b8063715018a61461016c5780638da5cb5b1461017657806395d89b411461019b575f5ffd5b806306fdde03146100cf578063095ea7b3146100ed57806318160ddd1461011057806323b872dd14610122578063313ce5671461013557806370a0823114610144575b5f5ffd5b6100d7610209565b6040516100e4919061072f565b60405180910390f35b6101006100fb36600461077f565b610299565b60405190151581526020016100e4565b6002545b6040519081526020016100e4565b6101006101303660046107a7565b6102b2565b604051601281526020016100e4565b6101146101523660046107e1565b6001600160a01b03165f9081526020819052604090205490565b6101746102d5565b005b6005546001600160a01b03165b6040516001600160a01b0390911681526020016100e4565b6100d76102e8565b6101006101b136600461077f565b6102f7565b610183610304565b6101146101cc366004610801565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6101746102043660046107e1565b61037f565b60606003805461021890610832565b80601f016020809104026020016040519081016040528092919081815260200182805461024490610832565b801561028f5780601f106102665761010080835404028352916020019161028f565b820191905f5260205f20905b81548152906001019060200180831161027257829003601f168201915b5050505050905090565b5f336102a68185856103c1565b60019150505b92915050565b5f336102bf8582856103d3565b6102ca85858561044f565b506001949350505050565b6102dd6104ac565b6102e65f6104d9565b565b60606004805461021890610832565b5f336102a681858561044f565b5f61030d6104ac565b3360405161031a90610722565b6001600160a01b039091168152602001604051809103905ff080158015610343573d5f5f3e3d5ffd5b5060405190915033906001600160a01b038316907f3d59e668457e93c9b078fb9d080b099c96e28533f59ae5e08808fce71c688543905f90a390565b6103876104ac565b6001600160a01b0381166103b557604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6103be816104d9565b50565b6103ce838383600161052a565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610449578181101561043b57604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016103ac565b61044984848484035f61052a565b50505050565b6001600160a01b03831661047857604051634b637e8f60e11b81525f60048201526024016103ac565b6001600160a01b0382166104a15760405163ec442f0560e01b81525f60048201526024016103ac565b6103ce8383836105fc565b6005546001600160a01b031633146102e65760405163118cdaa760e01b81523360048201526024016103ac565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0384166105535760405163e602df0560e01b81525f60048201526024016103ac565b6001600160a01b03831661057c57604051634a1406b160e11b81525f60048201526024016103ac565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561044957826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516105ee91815260200190565b60405180910390a350505050565b6001600160a01b038316610626578060025f82825461061b919061086a565b909155506106969050565b6001600160a01b0383165f90815260208190526040902054818110156106785760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016103ac565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166106b2576002805482900390556106d0565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161071591815260200190565b60405180910390a3505050565b610c328061088a83390190565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b038116811461077a575f5ffd5b919050565b5f5f60408385031215610790575f5ffd5b61079983610764565b946020939093013593505050565b5f5f5f606084860312156107b9575f5ffd5b6107c284610764565b92506107d060208501610764565b929592945050506040919091013590565b5f602082840312156107f1575f5ffd5b6107fa82610764565b9392505050565b5f5f60408385031215610812575f5ffd5b61081b83610764565b915061082960208401610764565b90509250929050565b600181811c9082168061084657607f821691505b60208210810361086457634e487b7160e01b5f52602260045260245ffd5b50919050565b808201808211156102ac57634e487b7160e01b5f52601160045260245ffdfe608060405234801561000f575f5ffd5b50604051610c32380380610c3283398101604081905261002e91610120565b8060405180604001604052806007815260200166149958d95a5c1d60ca1b815250604051806040016040528060038152602001621490d560ea1b815250816003908161007a91906101f0565b50600461008782826101f0565b5050506001600160a01b0381166100b757604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6100c0816100c7565b50506102ae565b600580546001600160a01b03838116610100818102610100600160a81b031985161790945560405193909204169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f60208284031215610130575f5ffd5b81516001600160a01b0381168114610146575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061017557607f821691505b60208210810361019357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101eb57828211156101eb57805f5260205f20601f840160051c60208510156101c457505f5b90810190601f840160051c035f5b818110156101e7575f838201556001016101d2565b5050505b505050565b81516001600160401b038111156102095761020961014d565b61021d816102178454610161565b84610199565b6020601f82116001811461024f575f83156102385750848201515b5f19600385901b1c1916600184901b1784556102a7565b5f84815260208120601f198516915b8281101561027e578785015182556020948501946001909201910161025e565b508482101561029b57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b610977806102bb5f395ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c806370a082311161009357806395d89b411161006357806395d89b41146101ea578063a9059cbb146101f2578063dd62ed3e14610205578063f2fde38b1461023d575f5ffd5b806370a0823114610189578063715018a6146101b15780638456cb59146101b95780638da5cb5b146101c1575f5ffd5b806323b872dd116100ce57806323b872dd14610147578063313ce5671461015a57806340c10f19146101695780635c975abb1461017e575f5ffd5b806306fdde03146100f4578063095ea7b31461011257806318160ddd14610135575b5f5ffd5b6100fc610250565b60405161010991906107e7565b60405180910390f35b610125610120366004610837565b6102e0565b6040519015158152602001610109565b6002545b604051908152602001610109565b61012561015536600461085f565b6102f9565b60405160128152602001610109565b61017c610177366004610837565b61031c565b005b60055460ff16610125565b610139610197366004610899565b6001600160a01b03165f9081526020819052604090205490565b61017c610332565b61017c610345565b60055461010090046001600160a01b03166040516001600160a01b039091168152602001610109565b6100fc610355565b610125610200366004610837565b610364565b6101396102133660046108b9565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61017c61024b366004610899565b610371565b60606003805461025f906108ea565b80601f016020809104026020016040519081016040528092919081815260200182805461028b906108ea565b80156102d65780601f106102ad576101008083540402835291602001916102d6565b820191905f5260205f20905b8154815290600101906020018083116102b957829003601f168201915b5050505050905090565b5f336102ed8185856103b3565b60019150505b92915050565b5f336103068582856103c5565b610311858585610441565b506001949350505050565b61032461049e565b61032e82826104d1565b5050565b61033a61049e565b6103435f610505565b565b61034d61049e565b61034361055e565b60606004805461025f906108ea565b5f336102ed818585610441565b61037961049e565b6001600160a01b0381166103a757604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6103b081610505565b50565b6103c083838360016105b8565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561043b578181101561042d57604051637dc7a0d960e11b81526001600160a01b0384166004820152602481018290526044810183905260640161039e565b61043b84848484035f6105b8565b50505050565b6001600160a01b03831661046a57604051634b637e8f60e11b81525f600482015260240161039e565b6001600160a01b0382166104935760405163ec442f0560e01b81525f600482015260240161039e565b6103c083838361068a565b6005546001600160a01b036101009091041633146103435760405163118cdaa760e01b815233600482015260240161039e565b6001600160a01b0382166104fa5760405163ec442f0560e01b81525f600482015260240161039e565b61032e5f838361068a565b600580546001600160a01b03838116610100818102610100600160a81b031985161790945560405193909204169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b61056661069d565b6005805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25861059b3390565b6040516001600160a01b03909116815260200160405180910390a1565b6001600160a01b0384166105e15760405163e602df0560e01b81525f600482015260240161039e565b6001600160a01b03831661060a57604051634a1406b160e11b81525f600482015260240161039e565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561043b57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161067c91815260200190565b60405180910390a350505050565b61069261069d565b6103c08383836106c1565b60055460ff16156103435760405163d93c066560e01b815260040160405180910390fd5b6001600160a01b0383166106eb578060025f8282546106e09190610922565b9091555061075b9050565b6001600160a01b0383165f908152602081905260409020548181101561073d5760405163391434e360e21b81526001600160a01b0385166004820152602481018290526044810183905260640161039e565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661077757600280548290039055610795565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516107da91815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610832575f5ffd5b919050565b5f5f60408385031215610848575f5ffd5b6108518361081c565b946020939093013593505050565b5f5f5f60608486031215610871575f5ffd5b61087a8461081c565b92506108886020850161081c565b929592945050506040919091013590565b5f602082840312156108a9575f5ffd5b6108b28261081c565b9392505050565b5f5f604083850312156108ca575f5ffd5b6108d38361081c565b91506108e16020840161081c565b90509250929050565b600181811c908216806108fe57607f821691505b60208210810361091c57634e487b7160e01b5f52602260045260245ffd5b50919050565b808201808211156102f357634e487b7160e01b5f52601160045260245ffdfea264697066735822122053761c6c136041bb8eec524dae5dbee712610ff0435b3c6813265258a0f46c5964736f6c63430008250033a26469706673582212208708bca59acd7f8f8f8a6f482a6b7a1a749972dcd26c70a7819b41796de4a24d64736f6c63430008250033",
}

// ReceiptIssuer is an auto generated Go binding around an Ethereum contract.
type ReceiptIssuer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReceiptIssuer) GetABI() abi.ABI {
	return c.abi
}

// NewReceiptIssuer creates a new instance of ReceiptIssuer.
func NewReceiptIssuer() *ReceiptIssuer {
	parsed, err := ReceiptIssuerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReceiptIssuer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReceiptIssuer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner) returns()
func (receiptIssuer *ReceiptIssuer) PackConstructor(initialOwner common.Address) []byte {
	enc, err := receiptIssuer.abi.Pack("", initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (receiptIssuer *ReceiptIssuer) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := receiptIssuer.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (receiptIssuer *ReceiptIssuer) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return receiptIssuer.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (receiptIssuer *ReceiptIssuer) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := receiptIssuer.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (receiptIssuer *ReceiptIssuer) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := receiptIssuer.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (receiptIssuer *ReceiptIssuer) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return receiptIssuer.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (receiptIssuer *ReceiptIssuer) UnpackApprove(data []byte) (bool, error) {
	out, err := receiptIssuer.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (receiptIssuer *ReceiptIssuer) PackBalanceOf(account common.Address) []byte {
	enc, err := receiptIssuer.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (receiptIssuer *ReceiptIssuer) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return receiptIssuer.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (receiptIssuer *ReceiptIssuer) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := receiptIssuer.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (receiptIssuer *ReceiptIssuer) PackDecimals() []byte {
	enc, err := receiptIssuer.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (receiptIssuer *ReceiptIssuer) TryPackDecimals() ([]byte, error) {
	return receiptIssuer.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (receiptIssuer *ReceiptIssuer) UnpackDecimals(data []byte) (uint8, error) {
	out, err := receiptIssuer.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (receiptIssuer *ReceiptIssuer) PackName() []byte {
	enc, err := receiptIssuer.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (receiptIssuer *ReceiptIssuer) TryPackName() ([]byte, error) {
	return receiptIssuer.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (receiptIssuer *ReceiptIssuer) UnpackName(data []byte) (string, error) {
	out, err := receiptIssuer.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNewReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf80b0fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function newReceipt() returns(address receipt)
func (receiptIssuer *ReceiptIssuer) PackNewReceipt() []byte {
	enc, err := receiptIssuer.abi.Pack("newReceipt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNewReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf80b0fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function newReceipt() returns(address receipt)
func (receiptIssuer *ReceiptIssuer) TryPackNewReceipt() ([]byte, error) {
	return receiptIssuer.abi.Pack("newReceipt")
}

// UnpackNewReceipt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf80b0fc.
//
// Solidity: function newReceipt() returns(address receipt)
func (receiptIssuer *ReceiptIssuer) UnpackNewReceipt(data []byte) (common.Address, error) {
	out, err := receiptIssuer.abi.Unpack("newReceipt", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (receiptIssuer *ReceiptIssuer) PackOwner() []byte {
	enc, err := receiptIssuer.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (receiptIssuer *ReceiptIssuer) TryPackOwner() ([]byte, error) {
	return receiptIssuer.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (receiptIssuer *ReceiptIssuer) UnpackOwner(data []byte) (common.Address, error) {
	out, err := receiptIssuer.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (receiptIssuer *ReceiptIssuer) PackRenounceOwnership() []byte {
	enc, err := receiptIssuer.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (receiptIssuer *ReceiptIssuer) TryPackRenounceOwnership() ([]byte, error) {
	return receiptIssuer.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (receiptIssuer *ReceiptIssuer) PackSymbol() []byte {
	enc, err := receiptIssuer.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (receiptIssuer *ReceiptIssuer) TryPackSymbol() ([]byte, error) {
	return receiptIssuer.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (receiptIssuer *ReceiptIssuer) UnpackSymbol(data []byte) (string, error) {
	out, err := receiptIssuer.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (receiptIssuer *ReceiptIssuer) PackTotalSupply() []byte {
	enc, err := receiptIssuer.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (receiptIssuer *ReceiptIssuer) TryPackTotalSupply() ([]byte, error) {
	return receiptIssuer.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (receiptIssuer *ReceiptIssuer) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := receiptIssuer.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (receiptIssuer *ReceiptIssuer) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := receiptIssuer.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (receiptIssuer *ReceiptIssuer) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return receiptIssuer.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (receiptIssuer *ReceiptIssuer) UnpackTransfer(data []byte) (bool, error) {
	out, err := receiptIssuer.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (receiptIssuer *ReceiptIssuer) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := receiptIssuer.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (receiptIssuer *ReceiptIssuer) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return receiptIssuer.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (receiptIssuer *ReceiptIssuer) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := receiptIssuer.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (receiptIssuer *ReceiptIssuer) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := receiptIssuer.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (receiptIssuer *ReceiptIssuer) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return receiptIssuer.abi.Pack("transferOwnership", newOwner)
}

// ReceiptIssuerApproval represents a Approval event raised by the ReceiptIssuer contract.
type ReceiptIssuerApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReceiptIssuerApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ReceiptIssuerApproval) ContractEventName() string {
	return ReceiptIssuerApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (receiptIssuer *ReceiptIssuer) UnpackApprovalEvent(log *types.Log) (*ReceiptIssuerApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receiptIssuer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceiptIssuerApproval)
	if len(log.Data) > 0 {
		if err := receiptIssuer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receiptIssuer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ReceiptIssuerOwnershipTransferred represents a OwnershipTransferred event raised by the ReceiptIssuer contract.
type ReceiptIssuerOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ReceiptIssuerOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ReceiptIssuerOwnershipTransferred) ContractEventName() string {
	return ReceiptIssuerOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (receiptIssuer *ReceiptIssuer) UnpackOwnershipTransferredEvent(log *types.Log) (*ReceiptIssuerOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receiptIssuer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceiptIssuerOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := receiptIssuer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receiptIssuer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ReceiptIssuerReceiptCreated represents a ReceiptCreated event raised by the ReceiptIssuer contract.
type ReceiptIssuerReceiptCreated struct {
	Receipt common.Address
	Owner   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReceiptIssuerReceiptCreatedEventName = "ReceiptCreated"

// ContractEventName returns the user-defined event name.
func (ReceiptIssuerReceiptCreated) ContractEventName() string {
	return ReceiptIssuerReceiptCreatedEventName
}

// UnpackReceiptCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceiptCreated(address indexed receipt, address indexed owner)
func (receiptIssuer *ReceiptIssuer) UnpackReceiptCreatedEvent(log *types.Log) (*ReceiptIssuerReceiptCreated, error) {
	event := "ReceiptCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receiptIssuer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceiptIssuerReceiptCreated)
	if len(log.Data) > 0 {
		if err := receiptIssuer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receiptIssuer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ReceiptIssuerTransfer represents a Transfer event raised by the ReceiptIssuer contract.
type ReceiptIssuerTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ReceiptIssuerTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ReceiptIssuerTransfer) ContractEventName() string {
	return ReceiptIssuerTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (receiptIssuer *ReceiptIssuer) UnpackTransferEvent(log *types.Log) (*ReceiptIssuerTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receiptIssuer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceiptIssuerTransfer)
	if len(log.Data) > 0 {
		if err := receiptIssuer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receiptIssuer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (receiptIssuer *ReceiptIssuer) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], receiptIssuer.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return receiptIssuer.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], receiptIssuer.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return receiptIssuer.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], receiptIssuer.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return receiptIssuer.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], receiptIssuer.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return receiptIssuer.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], receiptIssuer.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return receiptIssuer.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], receiptIssuer.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return receiptIssuer.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], receiptIssuer.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return receiptIssuer.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], receiptIssuer.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return receiptIssuer.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReceiptIssuerERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the ReceiptIssuer contract.
type ReceiptIssuerERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func ReceiptIssuerERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (receiptIssuer *ReceiptIssuer) UnpackERC20InsufficientAllowanceError(raw []byte) (*ReceiptIssuerERC20InsufficientAllowance, error) {
	out := new(ReceiptIssuerERC20InsufficientAllowance)
	if err := receiptIssuer.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceiptIssuerERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the ReceiptIssuer contract.
type ReceiptIssuerERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func ReceiptIssuerERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (receiptIssuer *ReceiptIssuer) UnpackERC20InsufficientBalanceError(raw []byte) (*ReceiptIssuerERC20InsufficientBalance, error) {
	out := new(ReceiptIssuerERC20InsufficientBalance)
	if err := receiptIssuer.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceiptIssuerERC20InvalidApprover represents a ERC20InvalidApprover error raised by the ReceiptIssuer contract.
type ReceiptIssuerERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func ReceiptIssuerERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (receiptIssuer *ReceiptIssuer) UnpackERC20InvalidApproverError(raw []byte) (*ReceiptIssuerERC20InvalidApprover, error) {
	out := new(ReceiptIssuerERC20InvalidApprover)
	if err := receiptIssuer.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceiptIssuerERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the ReceiptIssuer contract.
type ReceiptIssuerERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func ReceiptIssuerERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (receiptIssuer *ReceiptIssuer) UnpackERC20InvalidReceiverError(raw []byte) (*ReceiptIssuerERC20InvalidReceiver, error) {
	out := new(ReceiptIssuerERC20InvalidReceiver)
	if err := receiptIssuer.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceiptIssuerERC20InvalidSender represents a ERC20InvalidSender error raised by the ReceiptIssuer contract.
type ReceiptIssuerERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func ReceiptIssuerERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (receiptIssuer *ReceiptIssuer) UnpackERC20InvalidSenderError(raw []byte) (*ReceiptIssuerERC20InvalidSender, error) {
	out := new(ReceiptIssuerERC20InvalidSender)
	if err := receiptIssuer.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceiptIssuerERC20InvalidSpender represents a ERC20InvalidSpender error raised by the ReceiptIssuer contract.
type ReceiptIssuerERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func ReceiptIssuerERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (receiptIssuer *ReceiptIssuer) UnpackERC20InvalidSpenderError(raw []byte) (*ReceiptIssuerERC20InvalidSpender, error) {
	out := new(ReceiptIssuerERC20InvalidSpender)
	if err := receiptIssuer.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceiptIssuerOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ReceiptIssuer contract.
type ReceiptIssuerOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ReceiptIssuerOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (receiptIssuer *ReceiptIssuer) UnpackOwnableInvalidOwnerError(raw []byte) (*ReceiptIssuerOwnableInvalidOwner, error) {
	out := new(ReceiptIssuerOwnableInvalidOwner)
	if err := receiptIssuer.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceiptIssuerOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ReceiptIssuer contract.
type ReceiptIssuerOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ReceiptIssuerOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (receiptIssuer *ReceiptIssuer) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ReceiptIssuerOwnableUnauthorizedAccount, error) {
	out := new(ReceiptIssuerOwnableUnauthorizedAccount)
	if err := receiptIssuer.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
